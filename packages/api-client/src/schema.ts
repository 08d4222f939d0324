/**
 * GENERATED FILE — do not edit by hand.
 * Source: apps/api/openapi.json (written by the API). Regenerate with
 *   pnpm --filter @gongzhi/api-client generate
 * Document: 共治 Gongzhi API 0.1.0
 */
export interface paths {
    "/api/v1/auth/dev/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_devAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Files_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Files_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DevAccountDto: {
            communityName?: string | null;
            name: string;
            personId: string;
            roles: string[];
        };
        DevLoginDto: {
            /** @description 要登录的演示用户编号 */
            personId: string;
        };
        DistrictRoleDto: {
            districtId?: string | null;
            districtName?: string | null;
            role: string;
        };
        FileDto: {
            /** @example /api/v1/files/3f0c…/content */
            contentUrl: string;
            createdAt: string;
            height: number | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 存储后的类型（图片统一转为 JPEG 或 WebP）
             * @example image/jpeg
             */
            mime: string;
            /** @description 原文件名（仅用于显示） */
            originalName: string | null;
            /** @enum {string} */
            purpose: "repair_photo" | "ballot_scan" | "proxy_document" | "ledger_attachment" | "binding_document" | "notice_attachment";
            /** @description 存储后的字节数 */
            sizeBytes: number;
            /** @enum {string} */
            status: "pending" | "attached";
            width: number | null;
        };
        HealthDto: {
            /** @example ok */
            status: string;
            /** @example 0.1.0 */
            version: string;
        };
        MeDto: {
            communities: components["schemas"]["MembershipDto"][];
            districtRoles: components["schemas"]["DistrictRoleDto"][];
            id: string;
            name: string;
            /** @description 本人完整手机号（仅本人可见） */
            phone?: string | null;
            phoneMasked?: string | null;
        };
        MembershipDto: {
            communityId: string;
            communityName: string;
            districtId: string;
            roles: string[];
        };
        OkDto: {
            /** @example true */
            ok: boolean;
        };
        ReadyDto: {
            database: boolean;
            /** @description Pending migrations; ready only when 0 */
            pendingMigrations: number;
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        RefreshDto: {
            refreshToken: string;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description 访问令牌有效秒数 */
            expiresIn: number;
            refreshToken: string;
        };
        UploadFileBodyDoc: {
            /**
             * Format: binary
             * @description JPEG/PNG/WebP 图片（≤10 MB）或 PDF（≤20 MB），类型按文件内容判断
             */
            file: string;
            /** @enum {string} */
            purpose: "repair_photo" | "ballot_scan" | "proxy_document" | "ledger_attachment" | "binding_document" | "notice_attachment";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Auth_devAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevAccountDto"][];
                };
            };
        };
    };
    Auth_devLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    Files_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileBodyDoc"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"];
                };
            };
        };
    };
    Files_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件内容 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
        };
    };
}
