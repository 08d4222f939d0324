/**
 * GENERATED FILE — do not edit by hand.
 * Source: apps/api/openapi.json (written by the API). Regenerate with
 *   pnpm --filter @gongzhi/api-client generate
 * Document: 共治 Gongzhi API 0.1.0
 */
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PersonalData_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v1/auth/wechat/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Wechat_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Binding_list"];
        put?: never;
        post: operations["Binding_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Binding_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Binding_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Binding_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Binding_searchCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Binding_uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bindings/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Binding_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designated-voter-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DesignatedVoter_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/designated-voter-changes/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DesignatedVoter_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/district/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["District_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/district/repairs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["District_repairsStats"];
        put?: never;
        post?: never;
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
    "/api/v1/ledger/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前余额和近 12 个月的月度收支（图表用） */
        get: operations["Ledger_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账目列表（住户只看到已入账的） */
        get: operations["Ledger_list"];
        put?: never;
        /** 起草账目（支持 Idempotency-Key） */
        post: operations["Ledger_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账目详情，含附件 */
        get: operations["Ledger_get"];
        /** 修改草稿或被退回的账目（全量替换内容；附件只能追加） */
        put: operations["Ledger_revise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准并入账（审核人必须是起草人以外的业委会委员） */
        post: operations["Ledger_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回（附理由） */
        post: operations["Ledger_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起冲正（生成一笔待审核的冲正账目，引用原账目并说明理由） */
        post: operations["Ledger_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/entries/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 */
        post: operations["Ledger_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/publication-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示是否逾期（监管部门可读） */
        get: operations["Ledger_publicationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质询及答复（小区内公开） */
        get: operations["Ledger_listQuestions"];
        put?: never;
        /** 对账目或公示提出质询（业主、住户） */
        post: operations["Ledger_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复质询（业委会） */
        post: operations["Ledger_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各期收支公示（按本小区公示周期） */
        get: operations["Ledger_listStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/statements/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某期收支情况（已公示的返回公示时的内容） */
        get: operations["Ledger_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/statements/{key}/export.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出公示（可打印的 HTML） */
        get: operations["Ledger_exportHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/statements/{key}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出公示（Excel） */
        get: operations["Ledger_exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/statements/{key}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示（业委会） */
        post: operations["Ledger_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重新计算账目哈希链，报告第一条被篡改的记录 */
        get: operations["Ledger_verify"];
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
    "/api/v1/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PersonalData_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PersonalData_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Erasure_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Wechat_verifyPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media-check/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 内容安全检查方下载待检查图片（签名链接，短时有效） */
        get: operations["MediaCheck_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Messages_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Messages_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_list"];
        put?: never;
        post: operations["Repairs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/accept-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_acceptQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/me-too": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_meToo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/reject-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_rejectQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_categories"];
        put: operations["Repairs_replaceCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_followUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/follow-ups/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Repairs_followUpDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/my-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_myUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repairs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Repairs_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_list"];
        put?: never;
        post: operations["Votes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_get"];
        put: operations["Votes_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/ballot-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_ballotUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_cast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/export.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_exportHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/my-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_myBallots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/my-ballots/{ballotId}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_objections"];
        put?: never;
        post: operations["Votes_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/objections/{objectionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/official-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_official"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/paper-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_paperBallots"];
        put?: never;
        post: operations["Votes_castPaper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/paper-ballots/{ballotId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_confirmPaper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/paper-ballots/{ballotId}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_paperBallotScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_participation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/publish-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Votes_publishNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/receipts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/tally.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_tallyXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/turnout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_turnout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resolutions/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Votes_buildings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roles_list"];
        put?: never;
        post: operations["Roles_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Roles_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Roster_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （旧版本）提交为名册变更提议，同 propose
         * @deprecated
         */
        post: operations["Roster_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/imports/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Roster_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Roster_proposeMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/my-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_objections"];
        put?: never;
        post: operations["Roster_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/objections/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Roster_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/proposals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Roster_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Roster_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wechat/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 微信消息推送：服务器地址校验（签名正确时原样返回 echostr） */
        get: operations["WechatPush_verify"];
        put?: never;
        /** 微信消息推送：接收事件（安全模式，JSON；如 wxa_media_check 图片检查结果），验签、解密、去重后答复 success */
        post: operations["WechatPush_receive"];
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
        AddNoteDto: {
            note: string;
            /** @description 照片编号（POST /api/v1/files），最多 9 张 */
            photoIds?: string[];
        };
        AgendaItemInput: {
            /** @description 事项说明 */
            description?: string;
            /** @description 民法典第二百七十八条事项类型 1-9（决定表决规则：6、7、8 为“双四分之三”） */
            matterType: number;
            /** @description 表决事项 */
            title: string;
        };
        AgendaItemView: {
            description: string;
            id: string;
            matterLabel: string;
            matterType: number;
            position: number;
            /**
             * @description R2：双四分之三（6、7、8 类）；R3：双过半
             * @enum {string}
             */
            thresholdRule: "R2" | "R3";
            title: string;
        };
        AnswerObjectionDto: {
            /** @description 业委会答复 */
            answer: string;
        };
        AnswerQuestionDto: {
            /** @description 业委会的答复 */
            answer: string;
        };
        AnswerRosterObjectionDto: {
            answer: string;
            /**
             * @description upheld：异议成立（须另行提议更正）；dismissed：不成立
             * @enum {string}
             */
            decision: "upheld" | "dismissed";
        };
        AskQuestionDto: {
            /** @description 质询内容 */
            body: string;
            /** @description 账目编号，或公示期间（如 2026-H1、2026-Q3、2026） */
            targetRef: string;
            /** @enum {string} */
            targetType: "entry" | "statement";
        };
        AssignDto: {
            /** @description 本小区物业人员的编号 */
            assigneeId: string;
            note?: string;
        };
        AssignRoleDto: {
            /** @description 姓名（该手机号尚无账号时使用） */
            name: string;
            /** @description 被任命人的手机号（用于找到本人；对外只显示打码号码） */
            phone: string;
            /** @enum {string} */
            role: "committee_chair" | "committee_member" | "property_manager" | "property_staff";
        };
        AuditItemDto: {
            action: string;
            /** @description 操作人（他人姓名打码） */
            actorName?: string | null;
            byYou: boolean;
            /** Format: date-time */
            createdAt: string;
            details: Record<string, never>;
            id: string;
            targetId?: string | null;
            targetType: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditItemDto"][];
            /** @description 下一页的 before 参数 */
            nextBefore?: string | null;
        };
        BallotChoiceResponse: {
            /** @enum {string} */
            choice: "yes" | "no" | "abstain";
            itemId: string;
        };
        BallotUnitResponse: {
            /** @description 面积（0.01㎡，整数字符串） */
            area: string;
            buildingName: string;
            /** @description 名册上的业主姓名（共有人以“、”分隔），用于核对纸质票上的签名 */
            ownerName: string;
            room: string;
            unitId: string;
            /**
             * @deprecated
             * @description 已停用，恒为 false：不向委员会显示哪些房屋尚未投票（已投票的房屋再录入会被拒绝）
             */
            voted: boolean;
        };
        BindingDto: {
            applicantName?: string | null;
            /** @description 申请人本人看到完整号码，审核人看到打码号码 */
            applicantPhone?: string | null;
            /** @description 已确认的委员人数（业主绑定须两位不同的业委会委员确认） */
            approvals: number;
            /** @description 需要的确认人数：业主绑定 2，其他 1 */
            approvalsRequired: number;
            /** @description 当前账号已确认过这份申请（审核人列表中） */
            approvedByMe: boolean;
            /** @description 按名册自动通过 */
            autoApproved: boolean;
            building: string;
            communityId: string;
            communityName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt?: string | null;
            documentFileId?: string | null;
            entrance: string;
            id: string;
            /** @description 审核人可见：申请时填写的手机号与名册业主手机号一致。申请人本人看到的恒为 false（不向申请人确认或否认所填手机号是否在名册中） */
            matchesRoster: boolean;
            /** @description 驳回或解除原因 */
            reason?: string | null;
            /** @enum {string} */
            relation: "owner" | "family" | "tenant";
            room: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "removed";
            /** @description 待审核时还在等谁，如“等待第二位委员确认”；已决定的申请为 null */
            waitingFor?: string | null;
        };
        BuildingTurnoutResponse: {
            /** @description 面积（0.01㎡，整数字符串） */
            area: string;
            /** @description 已投票面积（0.01㎡，整数字符串） */
            areaVoted: string;
            buildingId: string;
            buildingName: string;
            heads: number;
            headsVoted: number;
            /** @description 表决范围内的房屋数 */
            units: number;
            unitsVoted: number;
        };
        CastBallotDto: {
            /** @description 每个表决事项的选择（须覆盖全部事项） */
            choices: components["schemas"]["ChoiceInput"][];
            /** @description 确认提交（投票后不能修改，除非小区议事规则允许） */
            confirm: boolean;
            /** @description 同时代表多个投票人（如共有房屋的指定投票人）时，选择本次代表的投票人 */
            voterId?: string;
        };
        CastReceiptResponse: {
            ballotId: string;
            castAt: string;
            /** @enum {string} */
            channel: "online" | "paper" | "proxy";
            /** @description 回执码：截止后可在参与名单中核对 */
            receipt: string;
        };
        CategoryDto: {
            /** @example water */
            code: string;
            /** @example 水 */
            name: string;
            targets: components["schemas"]["TargetsDto"];
        };
        CategoryListDto: {
            categories: components["schemas"]["CategoryDto"][];
            /** @description 小区是否使用默认类别 */
            isDefault: boolean;
        };
        ChoiceInput: {
            /**
             * @description 同意 / 反对 / 弃权
             * @enum {string}
             */
            choice: "yes" | "no" | "abstain";
            /** @description 表决事项编号 */
            itemId: string;
        };
        ClaimedUnitDto: {
            building: string;
            communityId: string;
            communityName: string;
            entrance: string;
            room: string;
        };
        CommunityOverviewDto: {
            communityId: string;
            ledger: components["schemas"]["LedgerFiguresDto"];
            name: string;
            repairs: components["schemas"]["RepairFiguresDto"];
            units: number;
            votes: components["schemas"]["VoteFiguresDto"];
        };
        CommunitySearchResultDto: {
            /** @description 所在道路（不含门牌号） */
            address: string;
            districtName: string;
            id: string;
            name: string;
            /** @description 街道/镇（地址中写明时） */
            subdistrict: string | null;
        };
        ConfirmPaperBallotDto: {
            /** @description 已打开扫描件并核对：房号、业主签名和各事项的选择与录入内容一致（须为 true） */
            matchesScan: boolean;
        };
        CreateBindingDto: {
            /** @example 1幢 */
            building: string;
            /** @description 证明材料（房产证、租赁合同）的文件编号 */
            documentFileId?: string;
            /** @example 1单元 */
            entrance?: string;
            /** @description 申请人姓名（与房产证或租赁合同一致） */
            name: string;
            /** @description 手机号（11 位） */
            phone: string;
            /**
             * @description owner 业主本人 / family 家庭成员 / tenant 租户
             * @enum {string}
             */
            relation: "owner" | "family" | "tenant";
            /** @example 101 */
            room: string;
        };
        CreateRepairDto: {
            /**
             * @description unit：自家房屋；common：公共区域（电梯、楼道灯、花园、大门…）
             * @enum {string}
             */
            areaKind: "unit" | "common";
            /**
             * @description 报修类别代码，见 GET /api/v1/repairs/categories
             * @example water
             */
            category: string;
            /** @description 问题描述 */
            description: string;
            /** @description 具体位置，如“厨房水槽下”“3 号楼 2 单元电梯” */
            location: string;
            /** @description 照片（POST /api/v1/files 上传后得到的编号），最多 9 张 */
            photoIds?: string[];
            /** @description 希望上门的时间（自由填写，如“工作日晚上 7 点后”） */
            preferredTime?: string;
            /** @description 自家房屋报修时必填：您绑定的房屋编号 */
            unitId?: string;
            /**
             * @description urgent：紧急（漏水、停电、电梯困人、燃气味）；normal：一般
             * @enum {string}
             */
            urgency: "urgent" | "normal";
        };
        CreateRosterObjectionDto: {
            /** @description 名册提议编号（变更记录中的 proposalId） */
            proposalId: string;
            /** @description 异议理由 */
            reason: string;
            unitId: string;
        };
        DeclineDto: {
            note?: string;
            /**
             * @description not_our_responsibility：不属于物业服务范围；needs_owners_decision：需业主共同决定或动用维修资金；other：其他（需写明）
             * @enum {string}
             */
            reason: "not_our_responsibility" | "needs_owners_decision" | "other";
        };
        DesignatedVoterChangeResponse: {
            /** Format: date-time */
            appliedAt?: string | null;
            consentedByMe: boolean;
            /** @description 已同意的共有人人数 */
            consents: number;
            /** @description 共有人人数（全部同意才生效） */
            coOwners: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description 申请人（新的指定投票人）是当前账号 */
            proposedByMe: boolean;
            /**
             * @description pending 等待其他共有人同意；applied 已生效
             * @enum {string}
             */
            status: "pending" | "applied";
            unitId: string;
        };
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
        DisputeBallotDto: {
            /** @description 异议理由，如“这不是我投的票” */
            reason: string;
        };
        DistrictCommunityRepairStatsDto: {
            communityId: string;
            figures: components["schemas"]["DistrictRepairFiguresDto"];
            name: string;
        };
        DistrictOverviewDto: {
            /** @description 数据计算时间（ISO 8601）：概览最多缓存 DISTRICT_OVERVIEW_CACHE_SECONDS 秒（默认 30） */
            asOf: string;
            communities: components["schemas"]["CommunityOverviewDto"][];
            districtId: string;
            districtName: string;
        };
        DistrictRepairFiguresDto: {
            /** @description 平均评分（1–5） */
            averageRating?: number | null;
            /** @description 报修人撤销的 */
            cancelled: number;
            /** @description 未修复即关闭的（不属物业责任等） */
            closedNotFixed: number;
            /** @description 超时未确认、自动关闭的 */
            closedUnconfirmed: number;
            /** @description 物业已完成的（待确认、已确认、超时自动关闭） */
            completed: number;
            /** @description 报修人确认已解决的 */
            confirmed: number;
            /** @description 曾完成过的工单数（返工率的分母） */
            everCompleted: number;
            /** @description 按时（响应与解决都未超时）的工单数，按 asOf 时刻计 */
            onTime: number;
            /** @description 计入按时率的工单数（未撤销的） */
            onTimeBase: number;
            /** @description 按时率（0–1） */
            onTimeShare?: number | null;
            /** @description 未关闭的 */
            open: number;
            /** @description 已评价的工单数 */
            rated: number;
            /** @description 返工过的工单数 */
            reopened: number;
            /** @description 返工率（0–1） */
            reopenRate?: number | null;
            /** @description 解决时间中位数（分钟，已完成的工单） */
            resolutionMedianMinutes?: number | null;
            /** @description 解决时间 90 分位（分钟） */
            resolutionP90Minutes?: number | null;
            /** @description 已响应的工单数 */
            responded: number;
            /** @description 响应时间中位数（分钟） */
            responseMedianMinutes?: number | null;
            /** @description 响应时间 90 分位（分钟） */
            responseP90Minutes?: number | null;
            /** @description 满意率（评分 4–5 / 已评价） */
            satisfactionShare?: number | null;
            /** @description 评分 4–5 的工单数 */
            satisfied: number;
            /** @description 报修总数 */
            total: number;
        };
        DistrictRepairStatsDto: {
            /** @description 按时率的计算时刻（未响应、未完成的工单按此时刻判断是否超时） */
            asOf: string;
            /** @description 全辖区按类别 */
            byCategory: components["schemas"]["StatsCategoryDto"][];
            /** @description 辖区内每个小区，按名称排序（无报修的小区数字为 0） */
            communities: components["schemas"]["DistrictCommunityRepairStatsDto"][];
            /** @description 全辖区合计；分位数为全辖区工单的精确分位数（不是各小区分位数的平均） */
            district: components["schemas"]["DistrictRepairFiguresDto"];
            districtId: string;
            districtName: string;
            /** @description 统计的报修时间起点（含），ISO 8601：起始月份 1 日 0 时（北京时间） */
            from: string;
            /**
             * @description 起始月份（含），YYYY-MM
             * @example 2025-12
             */
            fromMonth: string;
            /** @description 统计的报修时间终点（不含），ISO 8601：终止月份的下月 1 日 0 时（北京时间） */
            to: string;
            /**
             * @description 终止月份（含），YYYY-MM
             * @example 2026-11
             */
            toMonth: string;
        };
        DistrictRoleDto: {
            districtId?: string | null;
            districtName?: string | null;
            role: string;
        };
        DraftResolutionDto: {
            /** @description 指定楼栋（scope=buildings 时必填） */
            buildingIds?: string[];
            /** @description 附件（先上传，用途 notice_attachment） */
            documentFileIds?: string[];
            /** @description 表决说明 */
            explanation?: string;
            /**
             * @description 临时会议（公告期 7 天）
             * @default false
             */
            extraordinary: boolean;
            /** @description 表决事项（至少 1 项） */
            items: components["schemas"]["AgendaItemInput"][];
            /** @description 询异期天数，默认 7 */
            objectionDays?: number;
            /**
             * @description 表决范围：全体业主或指定楼栋
             * @default community
             * @enum {string}
             */
            scope: "community" | "buildings";
            /** @description 表决标题 */
            title: string;
            /** @description 投票期天数 5-60，默认 15（或小区设置） */
            votingDays?: number;
            /**
             * @description 投票开始时间（须在公告发布 15 天后；临时会议 7 天）
             * @example 2026-12-10T09:00:00+08:00
             */
            votingOpensAt: string;
        };
        EntryCostDto: {
            /**
             * @description 成本金额（单位元，文本，最多两位小数，例如 "1234.56"）
             * @example 1234.56
             */
            amountYuan: string;
            /** @description 成本凭证（已上传文件的编号，用途 ledger_attachment），至少一份 */
            evidenceFileIds: string[];
            /** @description 成本项目（如 电费分摊、广告公司代理费） */
            label: string;
        };
        EntryDraftDto: {
            /**
             * @description 支出：金额（单位元，文本，最多两位小数，例如 "1234.56"）
             * @example 1234.56
             */
            amountYuan?: string;
            /** @description 附件（合同、收据、银行回单）：已上传文件的编号，用途 ledger_attachment */
            attachmentFileIds?: string[];
            /** @description 记账日期（YYYY-MM-DD，北京时间；默认今天，不能是将来，不能落在已公示的期间） */
            bookedOn?: string;
            /**
             * @description 收入：advertising/road_parking/venue_rental/interest/other；支出：fund_topup/common_repairs/committee_costs/audit_fees/other
             * @enum {string}
             */
            category: "advertising" | "road_parking" | "venue_rental" | "interest" | "other" | "fund_topup" | "common_repairs" | "committee_costs" | "audit_fees";
            /** @description 合同编号或名称 */
            contractRef?: string;
            /** @description 收入：扣除的成本，每项附凭证 */
            costs?: components["schemas"]["EntryCostDto"][];
            /** @description 收入：付款方（广告公司、停车管理方等） */
            counterparty?: string;
            /** @description 收入所属期间起（YYYY-MM-DD） */
            coveredFrom?: string;
            /** @description 收入所属期间止（YYYY-MM-DD） */
            coveredTo?: string;
            /**
             * @description 收入：毛收入（单位元，文本，最多两位小数，例如 "1234.56"）
             * @example 1234.56
             */
            grossAmountYuan?: string;
            /** @enum {string} */
            kind: "income" | "expense";
            /**
             * @description 收入：净收入（可选；若填写，必须等于毛收入减去各项成本）（单位元，文本，最多两位小数，例如 "1234.56"）
             * @example 1234.56
             */
            netAmountYuan?: string;
            /** @description 支出：收款方 */
            payee?: string;
            /** @description 支出用途 / 收入说明 */
            purpose?: string;
            /** @description 支出：授权该笔支出的业主大会决议编号 */
            resolutionId?: string;
        };
        ErasureRequestDto: {
            /**
             * @description 本人确认注销：必须为 true（注销后不能恢复）
             * @enum {boolean}
             */
            confirm: true;
            /**
             * @description 注销原因（可不填）：moved_out 已搬离、not_needed 不再使用、privacy 个人信息顾虑、other 其他
             * @enum {string}
             */
            reason?: "moved_out" | "not_needed" | "privacy" | "other";
        };
        ErasureResultDto: {
            /** @description 结束的已绑定房屋数 */
            endedBindings: number;
            /**
             * Format: date-time
             * @description 注销完成的时间
             */
            erasedAt: string;
            /**
             * @description 依法保留、但不再显示姓名和手机号的记录
             * @example [
             *       "已投出的选票",
             *       "公共收益台账",
             *       "操作记录",
             *       "报修工单"
             *     ]
             */
            kept: string[];
            /** @description 撤回的待审核绑定申请数 */
            withdrawnBindings: number;
        };
        ErrorBodyDto: {
            /** @description 错误代码：客户端按代码处理，不按文字 */
            code: components["schemas"]["ErrorCode"];
            /** @description 服务器内部错误的编号（500 时提供，报告问题时使用） */
            correlationId?: string;
            /** @description 补充信息，如 { currentStatus }（状态冲突） */
            details?: {
                [key: string]: unknown;
            };
            /** @description 中文消息，告诉用户下一步怎么做 */
            message: string;
        };
        /**
         * @description 错误代码：客户端按代码处理，不按文字
         * @enum {string}
         */
        ErrorCode: "COMMON.VALIDATION_FAILED" | "COMMON.NOT_FOUND" | "COMMON.CONFLICT" | "COMMON.INTERNAL" | "COMMON.UNAVAILABLE" | "COMMON.RATE_LIMITED" | "COMMON.PAYLOAD_TOO_LARGE" | "COMMON.IDEMPOTENCY_MISMATCH" | "AUTH.UNAUTHENTICATED" | "AUTH.FORBIDDEN" | "AUTH.TOKEN_EXPIRED" | "AUTH.WECHAT_CODE_INVALID" | "AUTH.WECHAT_RATE_LIMITED" | "AUTH.WECHAT_RISKY_USER" | "AUTH.WECHAT_UNAVAILABLE" | "AUTH.DEV_LOGIN_DISABLED" | "FILE.TYPE_NOT_ALLOWED" | "FILE.TOO_LARGE" | "FILE.INVALID" | "STATE.ILLEGAL_TRANSITION" | "ROSTER.INVALID" | "ROSTER.OBJECTION_OPEN" | "BINDING.DUPLICATE" | "VOTE.ALREADY_CAST" | "VOTE.NOT_OPEN" | "VOTE.NOT_IN_ELECTORATE" | "VOTE.NOT_DESIGNATED_VOTER" | "VOTE.OWNER_NOT_VERIFIED" | "VOTE.DESIGNATION_FROZEN" | "LEDGER.AUTHOR_CANNOT_APPROVE" | "LEDGER.RESOLUTION_REQUIRED" | "LEDGER.AMOUNT_INVALID" | "CONTENT.REJECTED";
        ErrorEnvelopeDto: {
            error: components["schemas"]["ErrorBodyDto"];
        };
        ExtendDto: {
            /** @description 延长天数（只能延长一次；延长后投票期不超过 60 天） */
            days: number;
        };
        FieldErrorDto: {
            /**
             * @description 字段路径（如 costs.0.amountYuan）
             * @example title
             */
            field: string;
            /**
             * @description 中文说明
             * @example [
             *       "不能为空"
             *     ]
             */
            messages: string[];
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
        FollowUpDoneDto: {
            /** @description 回访结果 */
            note: string;
        };
        FollowUpDto: {
            categoryName: string;
            createdAt: string;
            doneAt?: string | null;
            id: string;
            location: string;
            note?: string | null;
            rating: number;
            ratingComment?: string | null;
            /** @enum {string} */
            status: "open" | "done";
            ticketId: string;
        };
        FollowUpListDto: {
            items: components["schemas"]["FollowUpDto"][];
            total: number;
        };
        HealthDto: {
            /** @example ok */
            status: string;
            /** @example 0.1.0 */
            version: string;
        };
        ItemResultResponse: {
            abstainArea: string;
            abstainHeads: string;
            contested: boolean;
            /** @enum {string} */
            decidedBy: "R1" | "R2" | "R3" | "R5";
            invalidArea: string;
            invalidHeads: string;
            itemId: string;
            matterLabel: string;
            matterType: number;
            noArea: string;
            noHeads: string;
            pArea: string;
            passed: boolean;
            pHeads: string;
            position: number;
            quorumMet: boolean;
            reason: string;
            /** @enum {string} */
            thresholdRule: "R2" | "R3";
            title: string;
            /** @description 以下面积单位均为 0.01㎡（整数字符串） */
            totalArea: string;
            totalHeads: string;
            yesArea: string;
            yesHeads: string;
        };
        LedgerBalanceDto: {
            /**
             * @description 当前余额（分，整数字符串）
             * @example 123456
             */
            balanceFen: string;
            head: components["schemas"]["LedgerChainHeadDto"];
            /** @description 近 12 个月，从早到晚 */
            months: components["schemas"]["LedgerBalanceMonthDto"][];
            postingCount: number;
        };
        LedgerBalanceMonthDto: {
            /**
             * @description 月末余额（分，整数字符串）
             * @example 123456
             */
            closingBalanceFen: string;
            /**
             * @description 当月支出（分，整数字符串）
             * @example 123456
             */
            expenseFen: string;
            /**
             * @description 当月收入（分，整数字符串）
             * @example 123456
             */
            incomeFen: string;
            /** @example 2026-05 */
            month: string;
        };
        LedgerBrokenAtDto: {
            entryId: string;
            /** @example 7 */
            seq: string;
        };
        LedgerChainBrokenDto: {
            /** @description 第一条出问题的记录 */
            brokenAt: components["schemas"]["LedgerBrokenAtDto"];
            length: number;
            /** @enum {boolean} */
            ok: false;
            reason: string;
        };
        LedgerChainHeadDto: {
            /** @description 最后一条记录的哈希 */
            hash: string;
            /**
             * @description 最后一条记录的序号（整数字符串；没有记录时为 0）
             * @example 12
             */
            seq: string;
        };
        LedgerChainOkDto: {
            headHash: string;
            /** @example 12 */
            headSeq: string;
            length: number;
            /** @enum {boolean} */
            ok: true;
        };
        LedgerEntryCostDto: {
            /**
             * @description 成本金额（分，整数字符串）
             * @example 123456
             */
            amountFen: string;
            /** @description 成本凭证的文件编号 */
            evidenceFileIds: string[];
            label: string;
        };
        LedgerEntryDto: {
            /**
             * @description 金额的显示文本
             * @example ¥1,234.56
             */
            amountDisplay: string;
            /**
             * @description 收入：净收入；支出：金额（分，整数字符串）
             * @example 123456
             */
            amountFen: string;
            attachments: components["schemas"]["FileDto"][];
            /** @description 是否由我起草 */
            authoredByMe: boolean;
            /** @description 记账日期（YYYY-MM-DD） */
            bookedOn: string;
            /** @enum {string} */
            category: "advertising" | "road_parking" | "venue_rental" | "interest" | "other" | "fund_topup" | "common_repairs" | "committee_costs" | "audit_fees";
            /** @example 广告收入 */
            categoryLabel: string;
            /** @description 合同编号 */
            contractRef: string;
            /** @description 收入：扣除的成本 */
            costs: components["schemas"]["LedgerEntryCostDto"][];
            /** @description 收入：付款方 */
            counterparty: string | null;
            /** @description 收入所属期间起（YYYY-MM-DD） */
            coveredFrom: string | null;
            /** @description 收入所属期间止（YYYY-MM-DD） */
            coveredTo: string | null;
            createdAt: string;
            decidedAt: string | null;
            /**
             * @description 收入：毛收入（分，整数字符串）
             * @example 123456
             */
            grossFen: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "income" | "expense";
            /** @description 支出：收款方 */
            payee: string | null;
            /** @description 入账后在哈希链中的位置 */
            posting: components["schemas"]["LedgerPostingRefDto"] | null;
            /** @description 支出：用途 */
            purpose: string;
            /** @description 退回理由 */
            rejectReason: string | null;
            /** @description 支出所依据的业主表决 */
            resolutionId: string | null;
            /** @description 冲正理由 */
            reversalReason: string | null;
            /** @description 冲正了本账目的账目 */
            reversedByEntryId: string | null;
            /** @description 冲正账目：被冲正的账目 */
            reversesEntryId: string | null;
            revision: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "posted";
            submittedAt: string | null;
        };
        LedgerEntryPageDto: {
            items: components["schemas"]["LedgerEntryDto"][];
            total: number;
        };
        LedgerFiguresDto: {
            /** @description 最近一次公示收支报表的时间 */
            lastPublishedAt?: string | null;
            /** @description 已入账笔数 */
            postings: number;
        };
        LedgerPostingRefDto: {
            /** @description 本条记录的 SHA-256 哈希 */
            hash: string;
            postedAt: string;
            /** @description 上一条记录的哈希 */
            prevHash: string;
            /**
             * @description 在本小区账目哈希链中的序号（整数字符串）
             * @example 12
             */
            seq: string;
        };
        LedgerQuestionDto: {
            answer: string | null;
            answeredAt: string | null;
            askedAt: string;
            askedByMe: boolean;
            body: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "answered";
            /** @description 账目编号或公示期间 */
            targetRef: string;
            /** @enum {string} */
            targetType: "entry" | "statement";
        };
        LedgerStatementDto: {
            byMonth: components["schemas"]["StatementMonthDto"][];
            /**
             * @description 期末余额（分，整数字符串）
             * @example 123456
             */
            closingBalanceFen: string;
            /** @description 公示截止时间 */
            displayUntil: string | null;
            /** @description 应公示的最晚日期 */
            dueBy: string;
            /** @example 2026-06-30 */
            end: string;
            /** @description 期间是否已结束 */
            ended: boolean;
            entryCount: number;
            expense: components["schemas"]["StatementSideDto"];
            /** @enum {string} */
            frequency: "half_year" | "quarter" | "year";
            /** @description 计算（或公示）时的哈希链头 */
            head: components["schemas"]["LedgerChainHeadDto"];
            income: components["schemas"]["StatementSideDto"];
            /**
             * @description 期间：2026-H1、2026-Q3 或 2026
             * @example 2026-H1
             */
            key: string;
            /** @example 2026年上半年 */
            label: string;
            /** @description 是否正在公示期内 */
            onDisplay: boolean;
            /**
             * @description 期初余额（分，整数字符串）
             * @example 123456
             */
            openingBalanceFen: string;
            published: boolean;
            publishedAt: string | null;
            /** @example 2026-01-01 */
            start: string;
            topUp: components["schemas"]["StatementTopUpDto"];
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
        MessageDto: {
            body: string;
            createdAt: string;
            id: string;
            /** @example repair.status */
            kind: string;
            readAt?: string | null;
            /** @description 相关报修工单 */
            ticketId?: string | null;
            title: string;
        };
        MessageListDto: {
            items: components["schemas"]["MessageDto"][];
            total: number;
            unread: number;
        };
        MeTooDto: {
            meTooByMe: boolean;
            meTooCount: number;
        };
        MyBallotResponse: {
            ballotId: string;
            /** @description 可以提出异议（纸质票或委托票，投票截止前） */
            canDispute: boolean;
            castAt: string;
            /** @enum {string} */
            channel: "online" | "paper" | "proxy";
            choices: components["schemas"]["BallotChoiceResponse"][];
            receipt: string;
            spoilt: boolean;
            /**
             * @description 计入 / 已被后一张取代 / 纸质票待第二名委员复核（暂不计入）/ 已提出异议、搁置不计入
             * @enum {string}
             */
            state: "counted" | "superseded" | "unconfirmed" | "disputed";
            /** @description 房屋（楼栋 房号） */
            units: string;
        };
        MyBallotView: {
            castAt: string;
            channel: string;
            receipt: string;
        };
        NoteDto: {
            note?: string;
        };
        NotePhotosDto: {
            note?: string;
            /** @description 照片编号（POST /api/v1/files），最多 9 张 */
            photoIds?: string[];
        };
        ObjectionDto: {
            /** @description 异议理由 */
            reasons: string;
        };
        ObjectionResponse: {
            answer?: string | null;
            answeredAt?: string | null;
            createdAt: string;
            id: string;
            /** @description 是否本人提出 */
            mine: boolean;
            reasons: string;
        };
        OfficialItemFiguresInput: {
            abstainArea: string;
            abstainHeads: string;
            invalidArea: string;
            invalidHeads: string;
            itemId: string;
            noArea: string;
            noHeads: string;
            /** @description 同意面积（0.01㎡） */
            yesArea: string;
            yesHeads: string;
        };
        OfficialResultDto: {
            items: components["schemas"]["OfficialItemFiguresInput"][];
            /** @description 官方系统的结果公告（先上传，用途 notice_attachment） */
            noticeFileId: string;
            /** @description 表决范围总面积（0.01㎡） */
            totalArea: string;
            /** @description 表决范围总人数 */
            totalHeads: string;
        };
        OkDto: {
            /** @example true */
            ok: boolean;
        };
        OverdueDto: {
            any: boolean;
            resolve: boolean;
            respond: boolean;
        };
        OverduePeriodDto: {
            dueBy: string;
            key: string;
            label: string;
        };
        PaperBallotCountsResponse: {
            /** @description 经第二名委员核对扫描件确认、已计入 */
            confirmed: number;
            /** @description 业主提出异议、已搁置不计入 */
            disputed: number;
            /** @description 尚未经第二名委员确认、不计入 */
            unconfirmed: number;
        };
        PaperBallotDto: {
            /**
             * @description 纸质票（含协助投票）或书面委托
             * @enum {string}
             */
            channel: "paper" | "proxy";
            choices: components["schemas"]["ChoiceInput"][];
            /** @description 确认录入 */
            confirm: boolean;
            /** @description 书面委托书（先上传，用途 proxy_document；委托投票必填） */
            proxyDocumentFileId?: string;
            /** @description 受托人姓名（委托投票必填） */
            proxyName?: string;
            /** @description 纸质表决票扫描件（先上传，用途 ballot_scan） */
            scanFileId: string;
            /**
             * @description 废票（所有事项计为无效）
             * @default false
             */
            spoilt: boolean;
            /** @description 投票房屋（该房屋所属投票人的选票） */
            unitId: string;
            /** @description 见证人姓名 */
            witnessName: string;
        };
        PaperBallotResponse: {
            ballotId: string;
            /** @description 我现在可以确认：不是录入人、不是见证人、已打开扫描件、尚未确认 */
            canConfirm: boolean;
            castAt: string;
            /** @enum {string} */
            channel: "paper" | "proxy";
            choices: components["schemas"]["BallotChoiceResponse"][];
            confirmedByName: string | null;
            enteredByMe: boolean;
            /** @description 录入委员 */
            enteredByName: string;
            /** @description 名册上的业主姓名，用于核对签名 */
            ownerName: string;
            proxyName: string | null;
            /** @description 我已打开过扫描件 */
            scanOpenedByMe: boolean;
            seq: number;
            spoilt: boolean;
            /**
             * @description 待复核（不计入）/ 已确认计入 / 业主异议已搁置
             * @enum {string}
             */
            state: "unconfirmed" | "confirmed" | "disputed";
            /** @description 房屋（楼栋 房号，多套以“、”分隔） */
            units: string;
            witnessName: string | null;
        };
        ParticipationRowResponse: {
            /** @description 面积（0.01㎡，整数字符串） */
            area: string;
            buildingName: string;
            /** @description 该房屋所计选票的回执码 */
            receipt: string | null;
            room: string;
            tookPart: boolean;
        };
        PersonalAuditEntryDto: {
            action: string;
            byYou: boolean;
            communityId?: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            targetId?: string | null;
            targetType: string;
        };
        PersonalBallotDisputeDto: {
            ballotId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description 异议理由 */
            reason: string | null;
            resolutionId: string;
        };
        PersonalDataDto: {
            auditEntries: components["schemas"]["PersonalAuditEntryDto"][];
            /** @description 本人对纸质票提出的异议 */
            ballotDisputes: components["schemas"]["PersonalBallotDisputeDto"][];
            bindings: components["schemas"]["BindingDto"][];
            communities: components["schemas"]["MembershipDto"][];
            /** Format: date-time */
            generatedAt: string;
            ownerLinks: components["schemas"]["PersonalOwnerLinkDto"][];
            ownerships: components["schemas"]["PersonalOwnershipDto"][];
            person: components["schemas"]["PersonalDataPersonDto"];
            roles: components["schemas"]["PersonalRoleDto"][];
            rosterObjections: components["schemas"]["PersonalRosterObjectionDto"][];
        };
        PersonalDataPersonDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description 统一社会信用代码（单位业主） */
            creditCode?: string | null;
            id: string;
            /** @description 本人完整证件号 */
            idNumber?: string | null;
            idNumberMasked?: string | null;
            name: string;
            /** @description 本人完整手机号 */
            phone?: string | null;
            phoneMasked?: string | null;
            /** @description 是否已关联微信（openid 本身从不返回） */
            wechatLinked: boolean;
        };
        PersonalOwnerLinkDto: {
            communityName?: string | null;
            /** Format: date-time */
            since: string;
            /**
             * @description verified_phone 本人验证的手机号；binding 两位委员确认的业主绑定
             * @enum {string}
             */
            via: "verified_phone" | "binding";
        };
        PersonalOwnershipDto: {
            /**
             * @description 面积（平方米，两位小数）
             * @example 89.50
             */
            area: string;
            areaSource: string;
            building: string;
            communityName: string;
            designatedVoter: boolean;
            entrance: string;
            kind: string;
            room: string;
            /** Format: date-time */
            since: string;
        };
        PersonalRoleDto: {
            communityName?: string | null;
            districtName?: string | null;
            role: string;
            /** Format: date-time */
            since: string;
        };
        PersonalRosterObjectionDto: {
            answer?: string | null;
            /** Format: date-time */
            createdAt: string;
            reason: string;
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed";
            unitId: string;
        };
        PersonRefDto: {
            /** @description 其他住户看到的是打码后的姓名（张**） */
            name: string;
            /** @description 只有物业看到完整号码；业委会看到打码号码；其他住户看不到 */
            phone?: string | null;
        };
        PhoneCodeDto: {
            /** @description “获取手机号”按钮返回的一次性 code */
            code: string;
        };
        PhotoDto: {
            id: string;
            /** @example /api/v1/files/…/content */
            url: string;
        };
        ProposeDesignatedVoterDto: {
            /** @description 共有房屋的编号；申请人本人成为该房屋的指定投票人 */
            unitId: string;
        };
        ProposeMergeDto: {
            /** @description 证据：为什么这些记录是同一个人（如：不动产权证号相同、本人到场确认） */
            evidence: string;
            /** @description 保留的业主记录 */
            keepPersonId: string;
            /** @description 并入保留记录的其他业主记录（1–10 条） */
            mergePersonIds: string[];
        };
        PublicationStatusDto: {
            /** @enum {string} */
            frequency: "half_year" | "quarter" | "year";
            lastPublished: components["schemas"]["StatementSummaryDto"] | null;
            overdue: boolean;
            overduePeriods: components["schemas"]["OverduePeriodDto"][];
            /** @description 已结束的各期 */
            periods: components["schemas"]["StatementSummaryDto"][];
        };
        PublishNoticeDto: {
            /** @description 改定投票开始时间（未改则用草稿中的时间） */
            votingOpensAt?: string;
        };
        PublishStatementDto: {
            /** @description 公示天数（至少 15 天，或本小区规定的更长天数） */
            displayDays?: number;
        };
        QueueCountsDto: {
            /** @description 各状态工单数 */
            byStatus: Record<string, never>;
            open: number;
            /** @description 待回访任务数 */
            openFollowUps: number;
            overdue: number;
            unassigned: number;
        };
        QuoteDto: {
            /**
             * @description 有偿服务报价，单位：分（整数，字符串），如 "15000" 表示 150 元
             * @example 15000
             */
            amountFen: string;
            note?: string;
        };
        RatingDto: {
            comment?: string;
            score: number;
            tags?: ("fast" | "polite" | "tidy" | "professional" | "slow" | "rude" | "messy" | "not_fixed")[];
        };
        RatingViewDto: {
            comment?: string | null;
            ratedAt: string;
            score: number;
            tags: string[];
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
        ReasonDto: {
            /** @description 原因 */
            note: string;
            /** @description 照片编号（POST /api/v1/files），最多 9 张 */
            photoIds?: string[];
        };
        ReceiptCheckResponse: {
            /** @description 是否为该投票人最终计入的那张选票 */
            counted: boolean;
            /** @description 回执码是否在本次表决的选票链中 */
            found: boolean;
            /** @description 规范化后的回执码 */
            receipt: string | null;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RejectBindingDto: {
            /** @description 驳回理由（申请人可见） */
            reason: string;
        };
        RejectEntryDto: {
            /** @description 退回理由（起草人据此修改后重新提交） */
            reason: string;
        };
        RemoveBindingDto: {
            /** @description 解除原因 */
            reason?: string;
        };
        RepairFiguresDto: {
            /** @description 未关闭工单 */
            open: number;
            /** @description 近 30 天新报修 */
            opened30d: number;
            /** @description 未关闭且已超时（响应或解决） */
            overdue: number;
            /** @description 近 90 天评价数 */
            rated90d: number;
            /** @description 近 90 天 4–5 星评价数 */
            satisfied90d: number;
        };
        RepairListDto: {
            items: components["schemas"]["RepairTicketDto"][];
            total: number;
        };
        RepairQueueDto: {
            counts: components["schemas"]["QueueCountsDto"];
            items: components["schemas"]["RepairTicketDto"][];
            total: number;
        };
        RepairStatsDto: {
            /** @description 业委会、物业和监管人员可见；住户只看到概要 */
            detail?: components["schemas"]["StatsDetailDto"] | null;
            from: string;
            headline: components["schemas"]["StatsHeadlineDto"];
            to: string;
        };
        RepairTicketDetailDto: {
            /** @description 当前用户可以执行的操作（用于显示按钮） */
            actions: ("assign" | "take" | "start" | "add_note" | "request_quote" | "accept_quote" | "reject_quote" | "complete" | "confirm" | "reopen" | "decline" | "cancel" | "auto_close")[];
            /** @enum {string} */
            areaKind: "unit" | "common";
            assignedToMe: boolean;
            /** @description 维修人员姓名 */
            assigneeName?: string | null;
            /** @description 当前用户可以 +1（我也遇到了） */
            canMeToo: boolean;
            /** @description 当前用户可以评价 */
            canRate: boolean;
            categoryCode: string;
            categoryName: string;
            closedAt?: string | null;
            createdAt: string;
            declineReason?: string | null;
            declineReasonLabel?: string | null;
            description: string;
            id: string;
            /** @description 是否是我报的 */
            isMine: boolean;
            location: string;
            meTooByMe: boolean;
            meTooCount: number;
            overdue: components["schemas"]["OverdueDto"];
            /** @description 报修时的照片 */
            photos: components["schemas"]["PhotoDto"][];
            preferredTime?: string | null;
            quoteAcceptedAt?: string | null;
            /** @description 有偿服务报价（分） */
            quoteAmountFen?: string | null;
            rating?: components["schemas"]["RatingViewDto"] | null;
            reopenCount: number;
            reporter: components["schemas"]["PersonRefDto"];
            resolvedAt?: string | null;
            resolveDueAt: string;
            respondDueAt: string;
            respondedAt?: string | null;
            /** @enum {string} */
            status: "submitted" | "assigned" | "in_progress" | "awaiting_quote_acceptance" | "done" | "confirmed" | "closed_unconfirmed" | "closed_not_fixed" | "cancelled";
            statusLabel: string;
            timeline: components["schemas"]["TimelineEventDto"][];
            unit?: components["schemas"]["UnitRefDto"] | null;
            /** @enum {string} */
            urgency: "urgent" | "normal";
        };
        RepairTicketDto: {
            /** @description 当前用户可以执行的操作（用于显示按钮） */
            actions: ("assign" | "take" | "start" | "add_note" | "request_quote" | "accept_quote" | "reject_quote" | "complete" | "confirm" | "reopen" | "decline" | "cancel" | "auto_close")[];
            /** @enum {string} */
            areaKind: "unit" | "common";
            assignedToMe: boolean;
            /** @description 维修人员姓名 */
            assigneeName?: string | null;
            /** @description 当前用户可以 +1（我也遇到了） */
            canMeToo: boolean;
            /** @description 当前用户可以评价 */
            canRate: boolean;
            categoryCode: string;
            categoryName: string;
            closedAt?: string | null;
            createdAt: string;
            declineReason?: string | null;
            declineReasonLabel?: string | null;
            description: string;
            id: string;
            /** @description 是否是我报的 */
            isMine: boolean;
            location: string;
            meTooByMe: boolean;
            meTooCount: number;
            overdue: components["schemas"]["OverdueDto"];
            /** @description 报修时的照片 */
            photos: components["schemas"]["PhotoDto"][];
            preferredTime?: string | null;
            quoteAcceptedAt?: string | null;
            /** @description 有偿服务报价（分） */
            quoteAmountFen?: string | null;
            rating?: components["schemas"]["RatingViewDto"] | null;
            reopenCount: number;
            reporter: components["schemas"]["PersonRefDto"];
            resolvedAt?: string | null;
            resolveDueAt: string;
            respondDueAt: string;
            respondedAt?: string | null;
            /** @enum {string} */
            status: "submitted" | "assigned" | "in_progress" | "awaiting_quote_acceptance" | "done" | "confirmed" | "closed_unconfirmed" | "closed_not_fixed" | "cancelled";
            statusLabel: string;
            unit?: components["schemas"]["UnitRefDto"] | null;
            /** @enum {string} */
            urgency: "urgent" | "normal";
        };
        ReplaceCategoriesDto: {
            categories: components["schemas"]["CategoryDto"][];
        };
        ResolutionResponse: {
            /** @description 本稿已审议通过的业委会成员数 */
            approvals: number;
            approvedByMe: boolean;
            buildingIds: string[];
            /** @description 业委会成员总数（须过半数通过） */
            committeeSize: number;
            documentFileIds: string[];
            /** @description 冻结名册的 SHA-256 指纹（投票开始时公布） */
            electorateFingerprint?: string | null;
            explanation: string;
            extended: boolean;
            extraordinary: boolean;
            id: string;
            items: components["schemas"]["AgendaItemView"][];
            myBallot?: components["schemas"]["MyBallotView"] | null;
            noticePublishedAt?: string | null;
            objectionDays: number;
            objectionEndsAt?: string | null;
            officialMode: boolean;
            officialNoticeFileId?: string | null;
            revision: number;
            /** @enum {string} */
            scope: "community" | "buildings";
            /** @description 指定楼栋表决时所含楼栋（全体业主表决时为空） */
            scopeBuildings: components["schemas"]["ResolutionScopeBuildingView"][];
            /** @enum {string} */
            status: "draft" | "approved" | "notice" | "open" | "objection" | "final";
            statusLabel: string;
            title: string;
            /** @description 表决范围总面积（0.01㎡） */
            totalArea?: string | null;
            totalHeads?: number | null;
            votingClosesAt: string;
            votingDays: number;
            votingOpensAt: string;
        };
        ResolutionScopeBuildingView: {
            id: string;
            /** @description 楼栋名称，如 1幢 */
            name: string;
            /** @description 该楼栋在表决范围内的房屋数（投票开始后为冻结名册中的房屋数） */
            units: number;
        };
        ResultResponse: {
            electorateFingerprint?: string | null;
            items: components["schemas"]["ItemResultResponse"][];
            objectionEndsAt?: string | null;
            official: boolean;
            /** @description 纸质票和委托票：已复核计入、未复核不计入、业主异议已搁置 */
            paperBallots: components["schemas"]["PaperBallotCountsResponse"];
            resolutionId: string;
            /** @enum {string} */
            stage: "preliminary" | "final";
        };
        ReverseEntryDto: {
            /** @description 冲正理由：原账目错在哪里 */
            reason: string;
        };
        RoleAssignmentDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            phoneMasked?: string | null;
            /** @enum {string} */
            role: "committee_chair" | "committee_member" | "property_manager" | "property_staff";
            roleLabel: string;
        };
        RosterChangeDto: {
            /** Format: date-time */
            changedAt: string;
            communityId: string;
            confirmedByNames: string[];
            /** @enum {string} */
            field: "kind" | "registeredArea" | "surveyedArea" | "contractArea" | "countedArea" | "developer" | "owners";
            id: string;
            newValue?: string | null;
            /**
             * Format: date-time
             * @description 受影响业主可提出异议的截止时间
             */
            objectionEndsAt: string;
            oldValue?: string | null;
            /** @description 所属名册提议 */
            proposalId: string;
            proposedByName: string;
            unitId: string;
            unitLabel: string;
        };
        RosterChangeListDto: {
            items: components["schemas"]["RosterChangeDto"][];
        };
        RosterConfirmationDto: {
            /** Format: date-time */
            at: string;
            name: string;
            personId: string;
            role: string;
        };
        RosterFieldChangeDto: {
            /** @enum {string} */
            field: "kind" | "registeredArea" | "surveyedArea" | "contractArea" | "countedArea" | "developer" | "owners";
            /** @description 文件中的行号（合并提议为空） */
            line?: number | null;
            /** @description 新值（个人信息已打码） */
            newValue?: string | null;
            /** @description 原值（个人信息已打码） */
            oldValue?: string | null;
            /** @example 5幢 1单元 101 */
            unitLabel: string;
        };
        RosterImportDto: {
            /** @description 没有错误、仍是预览：可以提交为提议 */
            canCommit: boolean;
            columnMap: {
                [key: string]: string;
            };
            /** Format: date-time */
            committedAt?: string | null;
            confirmations: components["schemas"]["RosterConfirmationDto"][];
            /** @description 生效所需的确认人数 */
            confirmationsNeeded: number;
            /** @enum {string} */
            confirmerKind: "committee" | "subdistrict";
            /** Format: date-time */
            createdAt: string;
            errors: components["schemas"]["RosterRowErrorDto"][];
            /** @description 逐项变更（原值 → 新值） */
            fieldChanges: components["schemas"]["RosterFieldChangeDto"][];
            fileName: string;
            id: string;
            /** @enum {string} */
            kind: "import" | "merge";
            merge?: components["schemas"]["RosterMergeViewDto"] | null;
            /**
             * Format: date-time
             * @description 首次名册按房号公示的截止时间
             */
            postingEndsAt?: string | null;
            /** Format: date-time */
            proposedAt?: string | null;
            proposedBy?: components["schemas"]["RosterPersonRefDto"] | null;
            rows: components["schemas"]["RosterRowPreviewDto"][];
            /** @enum {string} */
            status: "preview" | "proposed" | "committed" | "discarded";
            summary?: components["schemas"]["RosterSummaryDto"] | null;
            totalRows: number;
            validRows: number;
        };
        RosterMergeViewDto: {
            evidence: string;
            keepPersonId: string;
            mergePersonIds: string[];
        };
        RosterObjectionDto: {
            answer?: string | null;
            /** Format: date-time */
            answeredAt?: string | null;
            answeredByName?: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            proposalId: string;
            reason: string;
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed";
            unitId: string;
            unitLabel: string;
        };
        RosterObjectionListDto: {
            items: components["schemas"]["RosterObjectionDto"][];
        };
        RosterOwnerPreviewDto: {
            /** @description 统一社会信用代码（单位业主） */
            creditCode?: string | null;
            designatedVoter: boolean;
            /** @description 身份证号（打码） */
            idNumberMasked?: string | null;
            name: string;
            /** @description 单位业主（开发商或公司） */
            organisation: boolean;
            phoneMasked?: string | null;
        };
        RosterPersonRefDto: {
            name: string;
            personId: string;
        };
        RosterProposalListDto: {
            items: components["schemas"]["RosterImportDto"][];
        };
        RosterRowErrorDto: {
            column?: string | null;
            /** @description 表格中的行号（表头为第 1 行） */
            line: number;
            /** @description 中文原因 */
            reason: string;
        };
        RosterRowPreviewDto: {
            /** @example 89.50 */
            area: string;
            /**
             * @description 计票面积的来源
             * @enum {string}
             */
            areaSource: "registered" | "surveyed" | "contract";
            building: string;
            /** @enum {string|null} */
            change?: "new" | "updated" | "unchanged" | null;
            contractArea?: string | null;
            /** @description 开发商未售房屋 */
            developer: boolean;
            entrance: string;
            /** @enum {string} */
            kind: "flat" | "shop" | "parking";
            line: number;
            owners: components["schemas"]["RosterOwnerPreviewDto"][];
            /** @example 89.50 */
            registeredArea?: string | null;
            room: string;
            surveyedArea?: string | null;
        };
        RosterSummaryDto: {
            /** @description 新增与更新的房屋数之和；0 表示与现有名册一致 */
            changes: number;
            /** @description 现有名册中有、本文件中没有的房屋（保留不删） */
            notInFile: number;
            ownersChanged: number;
            unchanged: number;
            unitsCreated: number;
            unitsUpdated: number;
        };
        RosterUploadDoc: {
            /** @description 模板以外的列对应哪一列（JSON），空字符串表示删除该列，如 {"备注":"","开发商":"开发商未售"} */
            columnMap?: string;
            /**
             * Format: binary
             * @description 名册文件（.xlsx 或 .csv）
             */
            file: string;
        };
        ScopeBuildingResponse: {
            /** @description 该楼栋房屋面积合计（0.01㎡，整数字符串） */
            area: string;
            id: string;
            /** @description 楼栋名称，如 1幢 */
            name: string;
            /** @description 该楼栋的房屋数 */
            units: number;
        };
        StaffRefDto: {
            /** @description 人员编号（派单时的 assigneeId） */
            id: string;
            name: string;
            /** @enum {string} */
            role: "property_manager" | "property_staff";
        };
        StatementCategoryTotalDto: {
            /**
             * @description 金额（分，整数字符串）
             * @example 123456
             */
            amountFen: string;
            /** @enum {string} */
            category: "advertising" | "road_parking" | "venue_rental" | "interest" | "other" | "fund_topup" | "common_repairs" | "committee_costs" | "audit_fees";
            label: string;
        };
        StatementMonthDto: {
            /**
             * @description 支出（分，整数字符串）
             * @example 123456
             */
            expenseFen: string;
            /**
             * @description 收入（分，整数字符串）
             * @example 123456
             */
            incomeFen: string;
            /** @example 2026-05 */
            month: string;
        };
        StatementSideDto: {
            byCategory: components["schemas"]["StatementCategoryTotalDto"][];
            /**
             * @description 合计（分，整数字符串）
             * @example 123456
             */
            totalFen: string;
        };
        StatementSummaryDto: {
            displayUntil: string | null;
            dueBy: string;
            end: string;
            ended: boolean;
            /** @example 2026-H1 */
            key: string;
            label: string;
            /** @description 已过公示期限仍未公示 */
            overdue: boolean;
            published: boolean;
            publishedAt: string | null;
            start: string;
        };
        StatementTopUpDto: {
            met: boolean | null;
            /**
             * @description 至少应补充（分，整数字符串）
             * @example 123456
             */
            minimumFen: string | null;
            reason: string;
            /** @description 是否需要补充（无法判断时为 null） */
            required: boolean | null;
            /**
             * @description 本小区补充维修资金的规则
             * @enum {string}
             */
            rule: "none" | "huzhou" | "beijing";
            /**
             * @description 本期已补充（分，整数字符串）
             * @example 123456
             */
            toppedUpFen: string;
        };
        StatsCategoryDto: {
            cancelled: number;
            closedNotFixed: number;
            closedUnconfirmed: number;
            code: string;
            confirmed: number;
            name: string;
            open: number;
            total: number;
        };
        StatsDetailDto: {
            byCategory: components["schemas"]["StatsCategoryDto"][];
            /** @description 按结果：open、confirmed、closedUnconfirmed、closedNotFixed、cancelled */
            byOutcome: Record<string, never>;
            /** @description 曾完成过的工单数（返工率的分母） */
            everCompleted: number;
            /** @description 按时（响应与解决都未超时）的工单数 */
            onTime: number;
            /** @description 计入按时率的工单数（未取消的） */
            onTimeBase: number;
            rated: number;
            reopened: number;
            reopenRate?: number | null;
            resolutionP90Minutes?: number | null;
            responded: number;
            responseP90Minutes?: number | null;
            /** @description 满意率（评分 4–5 / 已评分） */
            satisfactionShare?: number | null;
            /** @description 评分 4–5 的工单数 */
            satisfied: number;
        };
        StatsHeadlineDto: {
            /** @description 平均评分（1–5） */
            averageRating?: number | null;
            /** @description 物业已完成的（待确认、已确认、超时自动关闭） */
            completed: number;
            /** @description 报修人确认已解决的 */
            confirmed: number;
            /** @description 按时率（0–1） */
            onTimeShare?: number | null;
            /** @description 解决时间中位数（分钟） */
            resolutionMedianMinutes?: number | null;
            /** @description 响应时间中位数（分钟） */
            responseMedianMinutes?: number | null;
            total: number;
        };
        TargetDto: {
            /** @description 解决时限（分钟） */
            resolveMinutes: number;
            /** @description 响应时限（分钟） */
            respondMinutes: number;
        };
        TargetsDto: {
            normal: components["schemas"]["TargetDto"];
            urgent: components["schemas"]["TargetDto"];
        };
        TimelineEventDto: {
            /** @description submit、rate 或状态机动作 */
            action: string;
            actionLabel: string;
            /** @description 报修人（其他住户看到打码姓名）、物业人员姓名或“系统” */
            actorName: string;
            /** @description reporter、staff、manager 或 system */
            actorRole: string;
            at: string;
            details: Record<string, never>;
            fromStatus?: string | null;
            id: string;
            note?: string | null;
            photos: components["schemas"]["PhotoDto"][];
            toStatus: string;
            toStatusLabel: string;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description 访问令牌有效秒数 */
            expiresIn: number;
            refreshToken: string;
        };
        TurnoutResponse: {
            buildings: components["schemas"]["BuildingTurnoutResponse"][];
            /** @description 总面积（0.01㎡，整数字符串） */
            totalArea: string;
            /** @description 投票人总数 */
            totalHeads: number;
            /** @description 已投票面积（0.01㎡，整数字符串） */
            votedArea: string;
            votedHeads: number;
        };
        UnitRefDto: {
            id: string;
            /** @example 1幢1单元101 */
            label: string;
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
        ValidationDetailsDto: {
            fields: components["schemas"]["FieldErrorDto"][];
        };
        ValidationErrorBodyDto: {
            /** @description 通常是 COMMON.VALIDATION_FAILED */
            code: components["schemas"]["ErrorCode"];
            /** @description 每个有问题的字段（请求体无法解析时没有） */
            details?: components["schemas"]["ValidationDetailsDto"];
            /** @description 中文消息，概括前几个有问题的字段 */
            message: string;
        };
        ValidationErrorEnvelopeDto: {
            error: components["schemas"]["ValidationErrorBodyDto"];
        };
        VerifiedPhoneDto: {
            /** @description 按名册手机号自动绑定的房屋 */
            boundUnits: components["schemas"]["ClaimedUnitDto"][];
            /** @description 本人完整手机号（仅返回给本人） */
            phone: string;
            phoneMasked: string;
        };
        VoteChainBrokenAtResponse: {
            ballotId: string;
            receipt: string;
            seq: number;
        };
        VoteChainBrokenResponse: {
            /** @description 第一张出问题的选票 */
            brokenAt: components["schemas"]["VoteChainBrokenAtResponse"];
            length: number;
            /** @enum {boolean} */
            ok: false;
            reason: string;
        };
        VoteChainOkResponse: {
            /** @description 链头哈希 */
            head: string;
            length: number;
            /** @enum {boolean} */
            ok: true;
        };
        VoteFiguresDto: {
            /** @description 近一年公布最终结果的表决 */
            finalLast365d: number;
            /** @description 正在投票的表决 */
            open: number;
        };
        WechatLoginDto: {
            /** @description wx.login 返回的 code（一次性） */
            code: string;
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
    PersonalData_audit: {
        parameters: {
            query?: {
                /** @description 只看编号小于此值的记录（翻页） */
                before?: string;
                limit?: number;
            };
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
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
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
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Wechat_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WechatLoginDto"];
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_list: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "removed";
            };
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
                    "application/json": components["schemas"]["BindingDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_create: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBindingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveBindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_approve: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectBindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindingDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_searchCommunities: {
        parameters: {
            query: {
                /** @description 小区名称中的字（至少 2 个） */
                q: string;
            };
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
                    "application/json": components["schemas"]["CommunitySearchResultDto"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_uploadDocument: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 提交的内容太大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不支持的文件类型 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Binding_mine: {
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
                    "application/json": components["schemas"]["BindingDto"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    DesignatedVoter_propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeDesignatedVoterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignatedVoterChangeResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    DesignatedVoter_consent: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignatedVoterChangeResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    District_overview: {
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
                    "application/json": components["schemas"]["DistrictOverviewDto"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    District_repairsStats: {
        parameters: {
            query?: {
                /** @description 辖区 id；只监管一个辖区时可省略 */
                districtId?: string;
                /** @description 起始月份（含），YYYY-MM，按北京时间；默认终止月份往前 11 个月（共 12 个月） */
                from?: string;
                /** @description 终止月份（含），YYYY-MM，按北京时间；默认本月 */
                to?: string;
            };
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
                    "application/json": components["schemas"]["DistrictRepairStatsDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 提交的内容太大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不支持的文件类型 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
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
            /** @description 文件内容（If-None-Match 与 ETag 相同时答复 304，无内容） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ValidationErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ValidationErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_balance: {
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
                    "application/json": components["schemas"]["LedgerBalanceDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_list: {
        parameters: {
            query?: {
                category?: "advertising" | "road_parking" | "venue_rental" | "interest" | "other" | "fund_topup" | "common_repairs" | "committee_costs" | "audit_fees";
                /** @description 记账日期起（含） */
                from?: string;
                kind?: "income" | "expense";
                limit?: number;
                offset?: number;
                status?: "draft" | "submitted" | "rejected" | "posted";
                /** @description 记账日期止（含） */
                to?: string;
            };
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
                    "application/json": components["schemas"]["LedgerEntryPageDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDraftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_approve: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_submit: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_publicationStatus: {
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
                    "application/json": components["schemas"]["PublicationStatusDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_listQuestions: {
        parameters: {
            query?: {
                status?: "open" | "answered";
                targetRef?: string;
                targetType?: "entry" | "statement";
            };
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
                    "application/json": components["schemas"]["LedgerQuestionDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_ask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerQuestionDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerQuestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerQuestionDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_listStatements: {
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
                    "application/json": components["schemas"]["StatementSummaryDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_statement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerStatementDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_exportHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的公示（HTML） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_exportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公示（Excel） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishStatementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerStatementDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Ledger_verify: {
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
                    "application/json": components["schemas"]["LedgerChainOkDto"] | components["schemas"]["LedgerChainBrokenDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
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
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonalData_mine: {
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
                    "application/json": components["schemas"]["PersonalDataDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PersonalData_export: {
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
                    "application/json": components["schemas"]["PersonalDataDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Erasure_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResultDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Wechat_verifyPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedPhoneDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    MediaCheck_content: {
        parameters: {
            query: {
                /** @description 过期时间（Unix 秒） */
                e: unknown;
                /** @description 签名 */
                s: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 图片内容 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Messages_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description 1：只看未读 */
                unread?: "1" | "0";
            };
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
                    "application/json": components["schemas"]["MessageListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Messages_read: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description 1：只看我报的；否则为我报的和我绑定房屋的报修 */
                mine?: "1" | "0";
                offset?: number;
            };
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
                    "application/json": components["schemas"]["RepairListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–100 位字母、数字、-、_；重试时使用同一个值 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRepairDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_acceptQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotePhotosDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_meToo: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeTooDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_addNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_quote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_rejectQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotePhotosDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_take: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTicketDetailDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_board: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
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
                    "application/json": components["schemas"]["RepairListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_categories: {
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
                    "application/json": components["schemas"]["CategoryListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_replaceCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCategoriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_followUps: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "open" | "done";
            };
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
                    "application/json": components["schemas"]["FollowUpListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_followUpDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpDoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_myUnits: {
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
                    "application/json": components["schemas"]["UnitRefDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_queue: {
        parameters: {
            query?: {
                areaKind?: "unit" | "common";
                /** @description me：派给我的；none：未派单的 */
                assignee?: "me" | "none";
                category?: string;
                limit?: number;
                offset?: number;
                /** @description 1：只看超时的 */
                overdue?: "1" | "0";
                /** @description open：所有未结束的工单 */
                status?: "submitted" | "assigned" | "in_progress" | "awaiting_quote_acceptance" | "done" | "confirmed" | "closed_unconfirmed" | "closed_not_fixed" | "cancelled" | "open";
                urgency?: "urgent" | "normal";
            };
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
                    "application/json": components["schemas"]["RepairQueueDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_staff: {
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
                    "application/json": components["schemas"]["StaffRefDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Repairs_stats: {
        parameters: {
            query?: {
                /** @description 统计起点（含），ISO 8601；默认 30 天前 */
                from?: string;
                /** @description 统计终点（不含），ISO 8601；默认现在 */
                to?: string;
            };
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
                    "application/json": components["schemas"]["RepairStatsDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_list: {
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
                    "application/json": components["schemas"]["ResolutionResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftResolutionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftResolutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_approve: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_ballotUnits: {
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
            /** @description 录入纸质票/委托票时选择房屋：表决名册中的房屋及其投票人是否已投票（无姓名、无表决意见） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotUnitResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_cast: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastBallotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CastReceiptResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_exportHtml: {
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
            /** @description 表决结果公告（可打印 HTML） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_myBallots: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 我的选票：内容及是否计入（仅本人可见，结果最终公布前） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallotResponse"][];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_dispute: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path: {
                ballotId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeBallotDto"];
            };
        };
        responses: {
            /** @description 对纸质票提出异议：该票搁置不计入，您可以自己投票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBallotResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_objections: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_official: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_paperBallots: {
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
            /** @description 本次表决的纸质票和委托票：内容、录入委员、见证人、名册上的业主姓名，以及是否已由第二名委员复核 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperBallotResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_castPaper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaperBallotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CastReceiptResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_confirmPaper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ballotId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaperBallotDto"];
            };
        };
        responses: {
            /** @description 第二名委员核对扫描件后确认，此后该票计入 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperBallotResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_paperBallotScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ballotId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 表决票扫描件（打开记录在案；确认前须打开核对） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ValidationErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ValidationErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                    "image/webp": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_participation: {
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
            /** @description 按房屋公布：楼栋、房号、面积、是否参与、回执码（无姓名、无表决意见） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationRowResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_publishNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 回执码是否在本次表决的选票链中，以及是否为该投票人计入的那张 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptCheckResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_result: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_tallyXlsx: {
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
            /** @description 计票表（Excel） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_turnout: {
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
            /** @description 参与人数和面积（总体及按楼栋），不含表决意见 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoutResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_verify: {
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
            /** @description 重新计算选票哈希链；链断裂时指出第一张出问题的选票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteChainOkResponse"] | components["schemas"]["VoteChainBrokenResponse"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Votes_buildings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 起草表决时选择表决范围：本小区的楼栋及各楼栋房屋数和面积 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopeBuildingResponse"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roles_list: {
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
                    "application/json": components["schemas"]["RoleAssignmentDto"][];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roles_assign: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRoleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignmentDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roles_remove: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path: {
                id: string;
            };
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
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_activity: {
        parameters: {
            query?: {
                /** @description 只看编号小于此值的记录（翻页） */
                beforeId?: string;
                limit?: number;
            };
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
                    "application/json": components["schemas"]["RosterChangeListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 业主名册 Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RosterUploadDoc"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 提交的内容太大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_commit: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_propose: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_proposeMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–100 位字母、数字、-、_；重试时使用同一个值 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeMergeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_mine: {
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
                    "application/json": components["schemas"]["RosterChangeListDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_objections: {
        parameters: {
            query?: {
                status?: "open" | "upheld" | "dismissed";
            };
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
                    "application/json": components["schemas"]["RosterObjectionListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_object: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8–100 位字母、数字、-、_；重试时使用同一个值 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRosterObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterObjectionDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRosterObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterObjectionDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_pending: {
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
                    "application/json": components["schemas"]["RosterProposalListDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_confirm: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportDto"];
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 与当前状态冲突（如 details.currentStatus），或重复提交 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Roster_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 业主名册模板 Excel 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WechatPush_verify: {
        parameters: {
            query: {
                echostr: unknown;
                nonce: unknown;
                signature: unknown;
                timestamp: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description echostr */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WechatPush_receive: {
        parameters: {
            query: {
                encrypt_type: "aes";
                msg_signature: unknown;
                nonce: unknown;
                signature: unknown;
                timestamp: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 操作太频繁，请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorEnvelopeDto"];
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
