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
    "/api/v1/auth/sms/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_requestSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sms/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_smsLogin"];
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
    "/api/v1/bindings/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Binding_joinReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Broadcasts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broadcasts/{id}/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Broadcasts_reach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_createElection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_createManagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Committee_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/resign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_resign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Committee_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Committee_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}/officer-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_voteOfficers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee/terms/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Committee_refuse"];
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
    "/api/v1/district/communities/{communityId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某小区某指标背后的记录 */
        get: operations["District_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/district/communities/{communityId}/repairs/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管查看一张报修单的处理记录 */
        get: operations["District_ticket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/district/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区看板：指标说明、各小区与街道、全区数字、同类排名、需关注 */
        get: operations["District_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/district/dashboard.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出辖区看板（Excel） */
        get: operations["District_dashboardXlsx"];
        put?: never;
        post?: never;
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
    "/api/v1/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Files_thumbnail"];
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
    "/api/v1/me/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Todos_list"];
        put?: never;
        post?: never;
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
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知公告（正在展示的在前：紧急、置顶、最新） */
        get: operations["Notices_list"];
        put?: never;
        /** 起草通知（支持 Idempotency-Key；发布另行一步） */
        post: operations["Notices_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知详情（含更正、撤回的链接和张贴记录） */
        get: operations["Notices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 我已知晓 */
        post: operations["Notices_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/board-postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记张贴：公告栏照片、地点（物业工作人员或业委会委员） */
        post: operations["Notices_posting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延长展示（只能延长；记录为事件） */
        post: operations["Notices_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 置顶或取消置顶（记录为事件，通知本身不变） */
        post: operations["Notices_pin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/poster.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 张贴用的 A4 海报（可打印的 HTML，含发布时间、哈希和小程序码） */
        get: operations["Notices_poster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 到达情况：按户和面积统计已读、已知晓（只有数字，没有姓名；不足 5 户的楼栋不显示） */
        get: operations["Notices_reach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录已读（打开通知时） */
        post: operations["Notices_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒尚未阅读（或尚未确认知晓）的住户（支持 Idempotency-Key） */
        post: operations["Notices_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未发布的通知草稿（业委会、物业、社区） */
        get: operations["Notices_drafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/drafts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委员同意以业委会名义发布（起草人以外的委员） */
        post: operations["Notices_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布（起草人；发布后不能修改，只能置顶、延长展示，或另发更正、撤回通知） */
        post: operations["Notices_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重新计算通知的哈希链，报告第一份被修改、删除或插入的通知 */
        get: operations["Notices_verify"];
        put?: never;
        post?: never;
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
    "/api/v1/supervision/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_listAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/assessments/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_replyAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_listComplaints"];
        put?: never;
        post: operations["Supervision_complain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_answerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_contract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/contracts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupervisionDistrict_ranking"];
        put?: never;
        post: operations["SupervisionDistrict_compute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/assessments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupervisionDistrict_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/assessments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionDistrict_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupervisionDistrict_lists_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/lists/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionDistrict_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/lists/{id}/countersign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionDistrict_countersign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/lists/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionDistrict_publishList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/district/lists/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionDistrict_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/holdback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_holdbackAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/holdback/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_proposeRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/holdback/releases/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_approveRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_listInspections"];
        put?: never;
        post: operations["Supervision_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_inspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/inspections/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_publishInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/inspections/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_replyInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/inspections/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_listEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/lists/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_replyList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/menu-templates/{grade}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_listSurveys"];
        put?: never;
        post: operations["Supervision_openSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Supervision_survey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/surveys/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Supervision_closeSurvey"];
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
        AnswerComplaintDto: {
            answer: string;
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
        AnswerSurveyDto: {
            /** @description 每题 1–5 分，顺序同问题 */
            ratings: number[];
            /** @description 答卷的房屋（每户一份） */
            unitId: string;
        };
        AskQuestionDto: {
            /** @description 质询内容 */
            body: string;
            /** @description 账目编号，或公示期间（如 2026-H1、2026-Q3、2026） */
            targetRef: string;
            /** @enum {string} */
            targetType: "entry" | "statement";
        };
        AssessmentDto: {
            communityId: string;
            communityName: string;
            components: components["schemas"]["ComponentDto"][];
            computedByName: string;
            id: string;
            peerGroup: string;
            peerGroupLabel: string;
            /** Format: date-time */
            publishedAt?: string | null;
            publishedByName?: string | null;
            /** Format: date-time */
            repliedAt?: string | null;
            reply?: string | null;
            /** Format: date-time */
            replyDueAt: string;
            /** @enum {string} */
            status: "awaiting_reply" | "replied" | "published";
            statusLabel: string;
            total?: number | null;
            year: number;
        };
        AssessmentExportDto: {
            communityId: string;
            /** @description 计算用的全部原始数据 */
            figures: {
                [key: string]: unknown;
            };
            id: string;
            /** @description 各项得分（十分之一分） */
            inputs: {
                [key: string]: unknown;
            };
            peerGroup: string;
            /** @description 总分（十分之一分） */
            total?: number | null;
            weights: {
                [key: string]: number;
            };
            year: number;
        };
        AssessmentListDto: {
            items: components["schemas"]["AssessmentDto"][];
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
        AttentionItemDto: {
            communityId: string;
            metric: string;
            name: string;
            /** @description 偏离阈值的程度（越大越靠前） */
            severity: number;
            value: number;
            why: string;
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
        BoardPostingDto: {
            /** @description 张贴照片（先上传，用途 notice_attachment，须为图片） */
            photoFileId: string;
            /** @description 张贴地点，例如「3幢1单元大堂公告栏」 */
            place: string;
        };
        BoardPostingViewDto: {
            id: string;
            /** @description 照片（GET /api/v1/files/{id}/content；审核通过后可见） */
            photoFileId: string;
            place: string;
            postedAt: string;
            /** @description 张贴人的身份（如 物业工作人员、业委会委员），不含姓名 */
            posterRole: string;
        };
        BroadcastAttemptDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            channel: "wechat" | "sms";
            code?: string | null;
            /**
             * @description accepted 只表示渠道已接收（发送尝试的凭据），不表示已送达或已阅读
             * @enum {string}
             */
            outcome: "accepted" | "not_subscribed" | "no_openid" | "no_template" | "no_phone" | "sms_off" | "daily_cap" | "quiet_hours" | "refused" | "failed";
        };
        BroadcastReachDto: {
            /** @enum {string} */
            broadcastClass: "legal" | "service" | "info";
            counts: components["schemas"]["ReachCountsDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description 没有任何渠道送出、也无人阅读的住户：需上门告知（可打印） */
            doorToDoor: components["schemas"]["DoorToDoorDto"][];
            households: components["schemas"]["HouseholdReachDto"][];
            id: string;
            /** @description 消息类型，如 vote.opened、roster.change */
            kind: string;
            title: string;
        };
        BroadcastSummaryDto: {
            /** @enum {string} */
            broadcastClass: "legal" | "service" | "info";
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description 消息类型，如 vote.opened、roster.change */
            kind: string;
            title: string;
        };
        BuildingFeeDto: {
            building: string;
            /** @description 每月物业费合计（分，文本） */
            monthlyFen: string;
            units: number;
        };
        BuildingReachDto: {
            acknowledged: number | null;
            buildingId: string;
            buildingName: string;
            households: number;
            percent: number | null;
            read: number | null;
            /** @description 户数少于 5 户的楼栋不显示已读情况（以免指向具体住户） */
            shown: boolean;
            text: string | null;
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
        CandidateOutcomeDto: {
            name: string;
            /** @enum {string} */
            outcome: "elected" | "alternate" | "tied" | "not_elected";
            /** @description 当选 / 候补 / 得票相同未当选 / 未当选 */
            outcomeLabel: string;
            passed: boolean;
            personId: string;
            /** @description 名次（未通过为 0） */
            rank: number;
            /** @description 同意面积（0.01 平方米，字符串） */
            yesArea: string;
            /** @description 同意人数 */
            yesHeads: number;
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
        ChecklistDto: {
            contractId: string;
            groups: components["schemas"]["MenuGroupDto"][];
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
        CommitteeRecordDto: {
            entries: components["schemas"]["CommitteeRecordEntryDto"][];
        };
        CommitteeRecordEntryDto: {
            /** @description 涉及的人（担任职务者姓名） */
            about: string | null;
            /** @description 事项代码 */
            action: string;
            /** Format: date-time */
            at: string;
            id: string;
            /** @description 发生了什么（中文） */
            what: string;
            /** @description 谁：担任职务者写姓名，业主写房号 */
            who: string;
        };
        CommitteeTermDto: {
            /** @description 须确认备案的机关 */
            authorities: string[];
            candidates: components["schemas"]["CandidateOutcomeDto"][];
            confirmations: components["schemas"]["ConfirmationDto"][];
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            decisionReason: string | null;
            filing: components["schemas"]["FilingDto"] | null;
            /**
             * Format: date-time
             * @description 备案期限（选举后 30 日）
             */
            filingDueAt: string | null;
            /** @description 是否成立（计算当选结果后） */
            formed: boolean | null;
            id: string;
            /** @enum {string} */
            kind: "elected" | "management" | "recorded";
            /** @description 业主委员会 / 物业管理委员会 / 选举功能上线前录入的业委会 */
            kindLabel: string;
            members: components["schemas"]["TermMemberDto"][];
            /**
             * Format: date-time
             * @description 首次会议选出主任的期限
             */
            officersDueAt: string | null;
            /** @description 已投主任推选票的委员人数 */
            officerVotes: number;
            /** @description 城市规则 */
            profile: string;
            /**
             * Format: date-time
             * @description 物业管理委员会名单公示截止
             */
            publicisedUntil: string | null;
            refusedReason: string | null;
            resolutionId: string | null;
            seats: number;
            status: string;
            statusLabel: string;
        };
        CommunityMetricFigureDto: {
            /** @description 超过关注阈值 */
            attention: boolean;
            code: string;
            /** @description 分母之和（分位数指标为 null） */
            denominator?: number | null;
            /** @description 数字背后的计数 n（分母或数值个数；按面积的参与率为人数） */
            n: number;
            /** @description 分子之和（分位数指标为 null） */
            numerator?: number | null;
            /** @description 同类小区中的名次（1 最好；不显示的无名次） */
            rank?: number | null;
            /** @description 同类小区中参与排名的小区数 */
            rankOf: number;
            /** @description 数值；不显示时为 null（见 withheld） */
            value?: number | null;
            /**
             * @description small_group：样本太少不显示；no_data：没有可统计的记录
             * @enum {string|null}
             */
            withheld?: "small_group" | "no_data" | null;
        };
        CommunityMetricsDto: {
            communityId: string;
            figures: components["schemas"]["CommunityMetricFigureDto"][];
            name: string;
            /** @enum {string} */
            peerGroup: "small" | "medium" | "large";
            subdistrict: string;
            /** @description 户数（专有部分数） */
            units: number;
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
            /** @description 微信审核演示小区（合成数据，可直接加入：POST /api/v1/bindings/review）；真实小区为 false */
            review?: boolean;
            /** @description 街道/镇（地址中写明时） */
            subdistrict: string | null;
        };
        ComplaintDto: {
            answer?: string | null;
            /** Format: date-time */
            answeredAt?: string | null;
            answeredByName?: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            escalatedAt?: string | null;
            escalatedTo?: string | null;
            escalatedToLabel?: string | null;
            id: string;
            /** @description 已超过答复期限 */
            late: boolean;
            /** @description 是否是我提出的（投诉人姓名和房号不向任何人显示） */
            mine: boolean;
            repairTicketId?: string | null;
            /** @enum {string} */
            status: "open" | "answered" | "escalated";
            statusLabel: string;
            /** @enum {string} */
            subject: "property" | "committee";
        };
        ComplaintListDto: {
            items: components["schemas"]["ComplaintDto"][];
        };
        ComponentDto: {
            component: string;
            label: string;
            score?: number | null;
            weight: number;
        };
        ComputeAssessmentDto: {
            communityId: string;
            /** @description 信息公开得分（0–100，由区住建部门评定）；不填则不计 */
            disclosureScore?: number;
            weights: components["schemas"]["WeightsDto"];
            year: number;
        };
        ConfirmationDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            authority: "subdistrict" | "regulator";
            /** @description 街道办事处 / 区物业主管部门 */
            authorityLabel: string;
            /** @enum {string} */
            decision: "confirm" | "refuse";
            name: string;
            reason: string | null;
            round: number;
        };
        ConfirmPaperBallotDto: {
            /** @description 已打开扫描件并核对：房号、业主签名和各事项的选择与录入内容一致（须为 true） */
            matchesScan: boolean;
        };
        ContractDto: {
            attachments: components["schemas"]["FileRefDto"][];
            /** @description 各楼栋每月物业费（我们付钱买了什么） */
            byBuilding: components["schemas"]["BuildingFeeDto"][];
            companyName: string;
            /** Format: date-time */
            confirmedAt?: string | null;
            confirmedByName?: string | null;
            /** Format: date-time */
            createdAt: string;
            fees: components["schemas"]["FeeViewDto"][];
            grade: number;
            groups: components["schemas"]["MenuGroupDto"][];
            holdBack?: components["schemas"]["HoldBackViewDto"] | null;
            id: string;
            proposedByName: string;
            /** @enum {string} */
            status: "proposed" | "active" | "superseded";
            termEnd: string;
            termStart: string;
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
        CreateComplaintDto: {
            body: string;
            /** @description 与某张报修单有关时填写 */
            repairTicketId?: string;
            /**
             * @description property 物业服务；committee 业委会
             * @enum {string}
             */
            subject: "property" | "committee";
        };
        CreateElectionDto: {
            /** @description 候选人（本小区业主），每人一个表决事项 */
            candidateIds: string[];
            /** @description 附件：议事规则、管理规约、候选人介绍（用途 notice_attachment） */
            documentFileIds?: string[];
            /** @description 计划席位（单数，按城市规则 3/5–11） */
            seats: number;
            /** @description 表决标题，默认“选举第 N 届业主委员会” */
            title?: string;
            /** @description 投票期天数 5-60 */
            votingDays?: number;
            /**
             * @description 投票开始时间（须在公告发布 15 天后）
             * @example 2026-12-10T09:00:00+08:00
             */
            votingOpensAt: string;
        };
        CreateInspectionDto: {
            items: components["schemas"]["InspectionItemInputDto"][];
            /** @example 2026-11 */
            month: string;
        };
        CreateManagementDto: {
            /** @description 物业管理委员会成员（7–11 人单数，业主代表不少于一半） */
            members: components["schemas"]["ManagementMemberInput"][];
        };
        CreateNoticeDto: {
            /** @description 附件（先上传，用途 notice_attachment） */
            attachmentFileIds?: string[];
            body: string;
            /** @description 发给哪些楼栋（不填：全小区） */
            buildingIds?: string[];
            /**
             * @description 与原通知的关系：更正、撤回
             * @enum {string}
             */
            citeKind?: "correction" | "withdrawal";
            /** @description 更正或撤回的原通知 */
            citesNoticeId?: string;
            /** @description 正文须含手机号或身份证号时：本人单独同意公开的书面记录（个人信息保护法第二十五条；先上传，用途 notice_attachment） */
            consentFileId?: string;
            /** @description 展示到何时（ISO 8601；不填按类型默认天数） */
            displayUntil?: string;
            /** @description 停水停电通知必填 */
            outage?: components["schemas"]["OutageDto"];
            /** @description 以业委会名义发布（须业委会过半数委员同意） */
            speaksForCommittee?: boolean;
            title: string;
            /**
             * @description 类型：一般、紧急、停水停电、会议、事务公开
             * @enum {string}
             */
            type: "general" | "emergency" | "outage" | "meeting" | "disclosure";
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
        CreateSurveyDto: {
            /** @description 回收率不低于（千分比）才公布结果 */
            minResponseRatePermille: number;
            /** @description 至少多少户答卷才公布结果 */
            minResponses: number;
            /** @description 问题（每题 1–5 分） */
            questions: string[];
            title: string;
            /**
             * @description 按户或按面积计算
             * @enum {string}
             */
            weighting: "household" | "area";
        };
        CurrentContractDto: {
            contract?: components["schemas"]["ContractDto"] | null;
            /** @description 等待另一位委员确认的合同 */
            pending: components["schemas"]["ContractDto"][];
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
        DistrictDashboardDto: {
            /** @description 计算时间；看板最多缓存 DISTRICT_OVERVIEW_CACHE_SECONDS 秒 */
            asOf: string;
            communities: components["schemas"]["CommunityMetricsDto"][];
            /** @description 全区：由各小区的分子分母汇总（分位数为全区工单的分位数） */
            district: components["schemas"]["MetricGroupDto"];
            districtId: string;
            districtName: string;
            /**
             * @description 报修指标的起始月份（含）
             * @example 2025-12
             */
            fromMonth: string;
            /** @description 指标说明（含暂未提供的指标） */
            metrics: components["schemas"]["MetricDefinitionDto"][];
            /** @description 需关注：超过阈值的数字，偏离最大的在前 */
            needsAttention: components["schemas"]["AttentionItemDto"][];
            peerGroups: components["schemas"]["PeerGroupDto"][];
            subdistricts: components["schemas"]["SubdistrictMetricsDto"][];
            /**
             * @description 报修指标的终止月份（含）
             * @example 2026-11
             */
            toMonth: string;
        };
        DistrictMetricRecordsDto: {
            asOf: string;
            communityId: string;
            fromMonth: string;
            limit: number;
            metric: string;
            name: string;
            /** @description 记录的种类（见指标说明 records） */
            records: string;
            resolutions: components["schemas"]["DistrictResolutionRecordDto"][];
            statements: components["schemas"]["DistrictStatementRecordDto"][];
            tickets: components["schemas"]["DistrictTicketRecordDto"][];
            toMonth: string;
            /** @description 符合条件的记录总数（列表最多 limit 条） */
            total: number;
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
        DistrictResolutionRecordDto: {
            closedAt?: string | null;
            finalizedAt?: string | null;
            /** @description 冻结名册中的业主人数 */
            heads: number;
            id: string;
            /** @description 在官方系统表决、此处登记结果（无选票，不计参与率） */
            officialMode: boolean;
            status: string;
            title: string;
            /** @description 参与投票的人数 */
            votedHeads: number;
        };
        DistrictRoleDto: {
            districtId?: string | null;
            districtName?: string | null;
            role: string;
        };
        DistrictStatementRecordDto: {
            displayUntil: string;
            periodEnd: string;
            periodKey: string;
            periodStart: string;
            publishedAt: string;
        };
        DistrictTicketRecordDto: {
            categoryName: string;
            createdAt: string;
            id: string;
            /** @description 响应或解决已超时（按 asOf 时刻） */
            overdue: boolean;
            rating?: number | null;
            reopenCount: number;
            resolvedAt?: string | null;
            resolveTargetMinutes: number;
            respondedAt?: string | null;
            respondTargetMinutes: number;
            status: string;
            statusLabel: string;
            /** @enum {string} */
            urgency: "urgent" | "normal";
        };
        DistrictTicketTimelineDto: {
            categoryName: string;
            closedAt?: string | null;
            communityId: string;
            createdAt: string;
            /** @description 报修内容（不含报修人、房号、位置） */
            description: string;
            id: string;
            overdue: boolean;
            rating?: number | null;
            reopenCount: number;
            resolvedAt?: string | null;
            resolveTargetMinutes: number;
            respondedAt?: string | null;
            respondTargetMinutes: number;
            status: string;
            statusLabel: string;
            timeline: components["schemas"]["DistrictTimelineEventDto"][];
            urgency: string;
        };
        DistrictTimelineEventDto: {
            action: string;
            actionLabel: string;
            actorLabel: string;
            /** @description 操作者的角色（不含姓名） */
            actorRole: string;
            at: string;
            fromStatus?: string | null;
            toStatus: string;
            toStatusLabel: string;
        };
        DoorToDoorDto: {
            unitId: string;
            unitLabel: string;
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
        ErrorCode: "COMMON.VALIDATION_FAILED" | "COMMON.NOT_FOUND" | "COMMON.CONFLICT" | "COMMON.INTERNAL" | "COMMON.UNAVAILABLE" | "COMMON.RATE_LIMITED" | "COMMON.PAYLOAD_TOO_LARGE" | "COMMON.IDEMPOTENCY_MISMATCH" | "AUTH.UNAUTHENTICATED" | "AUTH.FORBIDDEN" | "AUTH.TOKEN_EXPIRED" | "AUTH.WECHAT_CODE_INVALID" | "AUTH.WECHAT_RATE_LIMITED" | "AUTH.WECHAT_RISKY_USER" | "AUTH.WECHAT_UNAVAILABLE" | "AUTH.DEV_LOGIN_DISABLED" | "AUTH.SMS_CODE_INVALID" | "FILE.TYPE_NOT_ALLOWED" | "FILE.TOO_LARGE" | "FILE.INVALID" | "STATE.ILLEGAL_TRANSITION" | "ROSTER.INVALID" | "ROSTER.OBJECTION_OPEN" | "BINDING.DUPLICATE" | "VOTE.ALREADY_CAST" | "VOTE.NOT_OPEN" | "VOTE.NOT_IN_ELECTORATE" | "VOTE.NOT_DESIGNATED_VOTER" | "VOTE.OWNER_NOT_VERIFIED" | "VOTE.DESIGNATION_FROZEN" | "LEDGER.AUTHOR_CANNOT_APPROVE" | "LEDGER.RESOLUTION_REQUIRED" | "LEDGER.AMOUNT_INVALID" | "CONTENT.REJECTED" | "NOTICE.PERSONAL_INFO" | "NOTICE.DECISION_REQUIRED";
        ErrorEnvelopeDto: {
            error: components["schemas"]["ErrorBodyDto"];
        };
        ExtendDto: {
            /** @description 延长天数（只能延长一次；延长后投票期不超过 60 天） */
            days: number;
        };
        ExtendNoticeDto: {
            /** @description 新的展示结束时间（只能延长） */
            displayUntil: string;
        };
        FeeDto: {
            /** @description 每平方米每月物业费（分） */
            fenPerM2: number;
            /** @enum {string} */
            unitKind: "flat" | "shop" | "parking";
        };
        FeeViewDto: {
            fenPerM2: number;
            unitKind: string;
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
            purpose: "repair_photo" | "ballot_scan" | "proxy_document" | "ledger_attachment" | "binding_document" | "notice_attachment" | "inspection_photo";
            /** @description 存储后的字节数 */
            sizeBytes: number;
            /** @enum {string} */
            status: "pending" | "attached";
            /**
             * @description 图片的缩略图（240 像素；size=medium 为 720 像素）；PDF 为 null
             * @example /api/v1/files/3f0c…/thumbnail?size=small
             */
            thumbnailUrl?: string | null;
            width: number | null;
        };
        FileRefDto: {
            contentUrl: string;
            id: string;
        };
        FilingDto: {
            decisionReason: string | null;
            /** @description 议事规则、管理规约等附件 */
            documentFileIds: string[];
            /** Format: date-time */
            filedAt: string;
            members: components["schemas"]["FilingMemberDto"][];
            /** @description 选举表决（会议记录和决定） */
            resolutionId: string | null;
            resolutionTitle: string | null;
            round: number;
        };
        FilingMemberDto: {
            affiliation: string | null;
            name: string;
            office: string | null;
            personId: string;
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
        HoldbackAccountDto: {
            /** @description 预留物业费账户的入账记录（只增不改） */
            postings: components["schemas"]["HoldbackPostingDto"][];
            /** @description 已返还合计（分，文本） */
            releasedFen: string;
            releases: components["schemas"]["HoldbackReleaseDto"][];
        };
        HoldBackBandDto: {
            /** @description 最低得分（十分之一分，900 = 90.0 分） */
            minTenths: number;
            /** @description 返还比例（千分比） */
            releasePermille: number;
        };
        HoldBackDto: {
            bands: components["schemas"]["HoldBackBandDto"][];
            /** @description 预留比例（千分比，例如 100 = 10%） */
            sharePermille: number;
        };
        HoldbackPostingDto: {
            amountFen: string;
            approvedByName: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            proposedByName: string;
            releaseId: string;
            surveyId: string;
            withheldFen: string;
        };
        HoldbackReleaseDto: {
            /** Format: date-time */
            approvedAt?: string | null;
            approvedByName?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description 预留金额（分，文本） */
            heldFen: string;
            id: string;
            period: string;
            proposedByName: string;
            /** @description 返还金额（分，文本） */
            releaseFen: string;
            /** @description 适用档次的返还比例（千分比） */
            releasePermille: number;
            /** @description 业主评价得分 */
            score: number;
            /** @enum {string} */
            status: "proposed" | "approved";
            surveyId: string;
        };
        HoldBackViewDto: {
            bands: Record<string, never>[];
            sharePermille: number;
        };
        HouseholdReachDto: {
            attempts: components["schemas"]["BroadcastAttemptDto"][];
            /**
             * @description read：本户有人打开了全文
             * @enum {string}
             */
            reach: "read" | "attempted" | "not_reached";
            /** @description 站内消息告知的人数 */
            told: number;
            unitId: string;
            unitLabel: string;
        };
        InspectionDto: {
            id: string;
            /** Format: date-time */
            inspectedAt: string;
            inspectorName: string;
            items: components["schemas"]["InspectionItemViewDto"][];
            month: string;
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: date-time */
            repliedAt?: string | null;
            repliedByName?: string | null;
            reply?: string | null;
            /** Format: date-time */
            replyDueAt: string;
            /** @description 得分（0–100） */
            score: number;
            /** @enum {string} */
            status: "awaiting_reply" | "replied" | "published";
            statusLabel: string;
        };
        InspectionItemInputDto: {
            code: string;
            /** @description 现场照片（已上传文件，用途 inspection_photo） */
            fileIds?: string[];
            note?: string;
            /** @description 检查地点 */
            place?: string;
            /** @enum {string} */
            result: "met" | "partly" | "not_met";
        };
        InspectionItemViewDto: {
            code: string;
            fileIds: string[];
            group: string;
            indicator: string;
            note: string;
            photos: components["schemas"]["FileRefDto"][];
            place: string;
            /** @enum {string} */
            result: "met" | "partly" | "not_met";
            resultLabel: string;
            title: string;
        };
        InspectionListDto: {
            items: components["schemas"]["InspectionDto"][];
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
        ListEntryDto: {
            assessmentId: string;
            communityId: string;
            communityName: string;
            confirmedByName?: string | null;
            countersignedByName?: string | null;
            id: string;
            /** @enum {string} */
            list: "red" | "black";
            listLabel: string;
            /** Format: date-time */
            publishedAt?: string | null;
            reason: string;
            /** Format: date-time */
            repliedAt?: string | null;
            reply?: string | null;
            /** Format: date-time */
            replyDueAt?: string | null;
            /** @enum {string} */
            status: "proposed" | "confirmed" | "countersigned" | "replied" | "published";
            statusLabel: string;
            year: number;
        };
        ListEntryListDto: {
            items: components["schemas"]["ListEntryDto"][];
        };
        ManagementMemberInput: {
            /**
             * @description 街道办事处、居民委员会、建设单位代表或业主代表
             * @enum {string}
             */
            affiliation: "subdistrict" | "neighbourhood" | "developer" | "owner";
            personId: string;
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
        MenuGroupDto: {
            group: string;
            items: components["schemas"]["MenuItemViewDto"][];
            /** @description 分类名称 */
            label: string;
        };
        MenuItemDto: {
            /**
             * @description 项目编号（分类.名称）
             * @example cleaning.roads
             */
            code: string;
            /** @enum {string} */
            evidence: "photo" | "record" | "survey" | "figure";
            frequency: string;
            /** @enum {string} */
            group: "basic" | "building" | "facilities" | "order" | "cleaning" | "greening" | "service";
            indicator: string;
            /** @enum {number} */
            level: 1 | 2 | 3;
            title: string;
            /** @enum {string} */
            verifier: "inspector" | "survey" | "repairs";
        };
        MenuItemViewDto: {
            code: string;
            evidence: string;
            /** @description 证明材料（中文） */
            evidenceLabel: string;
            frequency: string;
            group: string;
            indicator: string;
            level: number;
            title: string;
            verifier: string;
            /** @description 核查方式（中文） */
            verifierLabel: string;
        };
        MenuTemplateDto: {
            grade: number;
            groups: components["schemas"]["MenuGroupDto"][];
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
        MetricDefinitionDto: {
            /** @description 高于此值需关注 */
            attentionAbove?: number | null;
            /** @description 低于此值需关注 */
            attentionBelow?: number | null;
            attentionWhy?: string;
            /** @description false：所需功能尚未上线，不提供数字（awaiting 说明原因） */
            available: boolean;
            /** @description 尚未提供时：等待的数据 */
            awaiting?: string;
            /** @enum {string} */
            better?: "higher" | "lower";
            /** @example service.on_time */
            code: string;
            denominator?: string;
            /** @enum {string} */
            family: "coverage" | "governance" | "transparency" | "service";
            /** @description 组织覆盖、业主自治、信息公开、物业服务 */
            familyLabel: string;
            formula?: string;
            freshness?: string;
            label: string;
            legalBasis: string;
            /** @description 小样本规则：计数不足此数时不显示数字 */
            minCount?: number;
            numerator?: string;
            /** @description 数字背后的记录：工单、表决或公示 */
            records?: string;
            /**
             * @description 汇总到街道、全区的方法
             * @enum {string}
             */
            rollUp?: "ratio" | "percentile" | "sum" | "max";
            source?: string;
            /** @enum {string} */
            unit?: "share" | "minutes" | "days" | "count";
        };
        MetricFigureDto: {
            /** @description 超过关注阈值 */
            attention: boolean;
            code: string;
            /** @description 分母之和（分位数指标为 null） */
            denominator?: number | null;
            /** @description 数字背后的计数 n（分母或数值个数；按面积的参与率为人数） */
            n: number;
            /** @description 分子之和（分位数指标为 null） */
            numerator?: number | null;
            /** @description 数值；不显示时为 null（见 withheld） */
            value?: number | null;
            /**
             * @description small_group：样本太少不显示；no_data：没有可统计的记录
             * @enum {string|null}
             */
            withheld?: "small_group" | "no_data" | null;
        };
        MetricGroupDto: {
            /** @description 小区数 */
            communities: number;
            figures: components["schemas"]["MetricFigureDto"][];
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
        MyReadDto: {
            acknowledgedAt: string | null;
            readAt: string | null;
        };
        NoteDto: {
            note?: string;
        };
        NotePhotosDto: {
            note?: string;
            /** @description 照片编号（POST /api/v1/files），最多 9 张 */
            photoIds?: string[];
        };
        NoticeChainDto: {
            /** @description 第一份有问题的通知的序号 */
            brokenAtSeq?: string;
            /** @description 最后一份通知的哈希 */
            headHash?: string;
            length: number;
            noticeId?: string;
            /** @description 哈希链完整（没有通知被修改、删除或插入） */
            ok: boolean;
            reason?: string;
        };
        NoticeDraftDto: {
            /** @description 已同意的委员人数（含起草的委员） */
            approvals: number;
            /** @description 需要的同意人数（全体委员过半数） */
            approvalsNeeded: number;
            body: string;
            createdAt: string;
            id: string;
            /** @description 我是起草人 */
            mine: boolean;
            /** @description 发布后的通知 */
            publishedNoticeId: string | null;
            speaksForCommittee: boolean;
            title: string;
            /** @enum {string} */
            type: "general" | "emergency" | "outage" | "meeting" | "disclosure";
        };
        NoticeDto: {
            attachmentFileIds: string[];
            boardPostings: components["schemas"]["BoardPostingViewDto"][];
            body: string;
            /** @description 发给的楼栋（空：全小区） */
            buildingNames: string[];
            /** @description 更正或撤回本通知的通知 */
            citedBy: components["schemas"]["NoticeLinkDto"][];
            /** @description 本通知更正或撤回的原通知 */
            cites?: components["schemas"]["NoticeLinkDto"] | null;
            /** @description 同意这一决定的委员人数 */
            committeeApprovals: number;
            /** @description 仍在展示期内且未撤回 */
            current: boolean;
            displayUntil: string;
            /** @description 哈希链上的哈希（通知发布后不能修改的凭据） */
            hash: string;
            id: string;
            mine: components["schemas"]["MyReadDto"];
            /** @description 需要点「我已知晓」 */
            needsAcknowledgement: boolean;
            /** @description 紧急通知，置于最上方 */
            onTop: boolean;
            outage?: components["schemas"]["NoticeOutageDto"] | null;
            /** @description 面向业主（会议、公示） */
            ownerAddressed: boolean;
            pinned: boolean;
            publishedAt: string;
            /** @description 发布单位：业委会、物业、社区… */
            publisher: string;
            /** @description 本小区的第几份通知 */
            seq: string;
            /** @description 以业委会名义发布（附业委会决定） */
            speaksForCommittee: boolean;
            title: string;
            /** @enum {string} */
            type: "general" | "emergency" | "outage" | "meeting" | "disclosure";
            typeLabel: string;
            /** @description 撤回 */
            withdrawn: boolean;
        };
        NoticeLinkDto: {
            /** @enum {string|null} */
            citeKind: "correction" | "withdrawal" | null;
            id: string;
            title: string;
        };
        NoticeOutageDto: {
            callerText: string;
            endsAt: string;
            startsAt: string;
        };
        NoticePageDto: {
            items: components["schemas"]["NoticeDto"][];
            total: number;
        };
        NoticeReachDto: {
            acknowledged: number;
            areaPercent: number;
            buildings: components["schemas"]["BuildingReachDto"][];
            households: number;
            needsAcknowledgement: boolean;
            /** @description 面向业主：只有业主本人读了才算这户已读 */
            ownerAddressed: boolean;
            percent: number;
            read: number;
            /** @description 例如「已读 312 / 480 户（65%，面积 68%）」 */
            text: string;
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
        OfficerVoteDto: {
            /** @description 推选的主任（本届委员） */
            chairId: string;
            /** @description 推选的副主任（本届委员，可不选） */
            viceChairId?: string;
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
        OutageDto: {
            /** @description 物业接听电话时照读的说明 */
            callerText: string;
            /**
             * @description 结束时间（ISO 8601，带时区）
             * @example 2026-12-06T17:00:00+08:00
             */
            endsAt: string;
            /**
             * @description 开始时间（ISO 8601，带时区）
             * @example 2026-12-06T09:00:00+08:00
             */
            startsAt: string;
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
        PeerGroupDto: {
            /** @enum {string} */
            code: "small" | "medium" | "large";
            communities: number;
            label: string;
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
        PersonalBroadcastAttemptDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            channel: "wechat" | "sms";
            kind: string;
            outcome: string;
            title: string;
        };
        PersonalCommitteeEntryDto: {
            /**
             * @description candidate 候选人；member 委员；alternate 候补委员；officer_vote 本人在首次会议上的推选票
             * @enum {string}
             */
            as: "candidate" | "member" | "alternate" | "officer_vote";
            communityName: string;
            /** @description 职务（主任、副主任）或推选的主任编号 */
            detail: string | null;
            /** @enum {string} */
            kind: "elected" | "management" | "recorded";
            /** Format: date-time */
            since: string | null;
            termId: string;
        };
        PersonalComplaintDto: {
            answer?: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            status: "open" | "answered" | "escalated";
            /** @enum {string} */
            subject: "property" | "committee";
        };
        PersonalDataDto: {
            auditEntries: components["schemas"]["PersonalAuditEntryDto"][];
            /** @description 本人对纸质票提出的异议 */
            ballotDisputes: components["schemas"]["PersonalBallotDisputeDto"][];
            bindings: components["schemas"]["BindingDto"][];
            /** @description 向本人发送群发通知的记录（渠道与结果，不含号码） */
            broadcastAttempts: components["schemas"]["PersonalBroadcastAttemptDto"][];
            /** @description 业委会选举、席位和首次会议推选（issue 16） */
            committee: components["schemas"]["PersonalCommitteeEntryDto"][];
            communities: components["schemas"]["MembershipDto"][];
            /** @description 我提出的投诉建议 */
            complaints: components["schemas"]["PersonalComplaintDto"][];
            /** Format: date-time */
            generatedAt: string;
            noticeReads: components["schemas"]["PersonalNoticeReadDto"][];
            ownerLinks: components["schemas"]["PersonalOwnerLinkDto"][];
            ownerships: components["schemas"]["PersonalOwnershipDto"][];
            person: components["schemas"]["PersonalDataPersonDto"];
            roles: components["schemas"]["PersonalRoleDto"][];
            rosterObjections: components["schemas"]["PersonalRosterObjectionDto"][];
            /** @description 发到本人手机号的登录验证码记录（不含验证码本身） */
            smsSignInCodes: components["schemas"]["PersonalSmsSignInCodeDto"][];
            /** @description 我填写的住户调查 */
            surveyAnswers: components["schemas"]["PersonalSurveyAnswerDto"][];
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
        PersonalNoticeReadDto: {
            /** Format: date-time */
            acknowledgedAt?: string | null;
            noticeId: string;
            /** Format: date-time */
            readAt: string;
            title: string;
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
        PersonalSmsSignInCodeDto: {
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            usedAt?: string | null;
        };
        PersonalSurveyAnswerDto: {
            /** Format: date-time */
            createdAt: string;
            ratings: number[];
            surveyTitle: string;
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
            /**
             * @description 列表用缩略图（240 像素）
             * @example /api/v1/files/…/thumbnail?size=small
             */
            thumbnailUrl?: string;
            /** @example /api/v1/files/…/content */
            url: string;
        };
        PinNoticeDto: {
            /** @description 置顶（true）或取消置顶（false） */
            pinned: boolean;
        };
        ProposeContractDto: {
            /** @description 合同扫描件（已上传文件，用途 notice_attachment） */
            attachmentIds?: string[];
            companyName: string;
            fees: components["schemas"]["FeeDto"][];
            /**
             * @description 服务等级（选用的菜单模板）
             * @enum {number}
             */
            grade: 1 | 2 | 3;
            holdBack?: components["schemas"]["HoldBackDto"];
            /** @description 调整后的服务菜单；不填则使用所选等级的模板 */
            menu?: components["schemas"]["MenuItemDto"][];
            /** @example 2029-12-31 */
            termEnd: string;
            /** @example 2027-01-01 */
            termStart: string;
        };
        ProposeDesignatedVoterDto: {
            /** @description 共有房屋的编号；申请人本人成为该房屋的指定投票人 */
            unitId: string;
        };
        ProposeHoldbackReleaseDto: {
            /**
             * @description 本期预留的物业费（分，整数文本）
             * @example 1200000
             */
            heldFen: string;
            /**
             * @description 预留所属期间
             * @example 2026
             */
            period: string;
            /** @description 作为依据的业主评价（已结束的住户调查） */
            surveyId: string;
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
        RankedAssessmentDto: {
            communityId: string;
            communityName: string;
            components: components["schemas"]["ComponentDto"][];
            computedByName: string;
            groupSize?: number | null;
            id: string;
            peerGroup: string;
            peerGroupLabel: string;
            /** Format: date-time */
            publishedAt?: string | null;
            publishedByName?: string | null;
            /** @description 同类小区中的名次 */
            rank?: number | null;
            /** Format: date-time */
            repliedAt?: string | null;
            reply?: string | null;
            /** Format: date-time */
            replyDueAt: string;
            /** @enum {string} */
            status: "awaiting_reply" | "replied" | "published";
            statusLabel: string;
            total?: number | null;
            year: number;
        };
        RankedAssessmentListDto: {
            items: components["schemas"]["RankedAssessmentDto"][];
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
        ReachCountsDto: {
            attempted: number;
            households: number;
            notReached: number;
            read: number;
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
        RefuseFilingDto: {
            /** @description 退回原因（告知业委会须补正的内容） */
            reason: string;
        };
        RejectBindingDto: {
            /** @description 驳回理由（申请人可见） */
            reason: string;
        };
        RejectEntryDto: {
            /** @description 退回理由（起草人据此修改后重新提交） */
            reason: string;
        };
        ReminderResultDto: {
            /** @description 收到提醒的人数（只发给尚未阅读或尚未确认知晓的住户） */
            recipients: number;
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
        ReplyDto: {
            /** @description 答复（说明情况或整改措施） */
            reply: string;
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
        SmsCodeRequestDto: {
            /** @description 手机号（11 位） */
            phone: string;
        };
        SmsCodeSentDto: {
            /** @description 验证码有效秒数 */
            expiresIn: number;
            /** @example true */
            ok: boolean;
            /** @description 多少秒后可以重新获取 */
            resendAfter: number;
        };
        SmsLoginDto: {
            /** @description 短信验证码（6 位数字） */
            code: string;
            /** @description 手机号（11 位） */
            phone: string;
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
        SubdistrictMetricsDto: {
            /** @description 小区数 */
            communities: number;
            figures: components["schemas"]["MetricFigureDto"][];
            /** @description 街道（由小区地址得出；地址未写明的归入“未标明街道”） */
            name: string;
        };
        SurveyAnsweredDto: {
            answered: boolean;
            unitId: string;
        };
        SurveyDto: {
            /** @description 我已答卷的房屋 */
            answeredUnitIds: string[];
            /** Format: date-time */
            closedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            minResponseRatePermille: number;
            minResponses: number;
            /** @description 我还可以为之答卷的房屋（在调查名单里、尚未答卷） */
            myOpenUnitIds: string[];
            questions: string[];
            result: components["schemas"]["SurveyResultDto"];
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
            /** @enum {string} */
            weighting: "household" | "area";
        };
        SurveyListDto: {
            items: components["schemas"]["SurveyDto"][];
        };
        SurveyResultDto: {
            /** @description 其中物业人员或业委会委员家庭的答卷 */
            flaggedResponses: number;
            /** @description 调查名单户数（调查开始时确定） */
            frameHouseholds: number;
            margin?: number | null;
            marginNote?: string | null;
            publishable: boolean;
            /** @description 回收率（千分比） */
            responseRatePermille: number;
            /** @description 答卷户数 n */
            responses: number;
            satisfiedPermille?: number | null;
            /** @description 得分 0–100；未达公布条件时不显示 */
            score?: number | null;
            withheldReason?: string | null;
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
        TermMemberDto: {
            affiliation: string | null;
            /** @description 委员 / 候补委员 / 主任 / 副主任 / …代表 */
            label: string;
            /** Format: date-time */
            leftAt: string | null;
            /** @description 姓名（担任公职者公开姓名） */
            name: string;
            /** @enum {string|null} */
            office: "chair" | "vice_chair" | null;
            personId: string;
            /** @enum {string} */
            standing: "member" | "alternate";
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
        TodoDto: {
            count: number;
            /** @description 待办类型，如 vote.cast、repair.confirm */
            kind: string;
            /** @description 处理此事的页面 */
            page: string;
            title: string;
        };
        TodoListDto: {
            items: components["schemas"]["TodoDto"][];
            total: number;
            /** @description 未读消息数（「消息」角标） */
            unreadMessages: number;
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
            purpose: "repair_photo" | "ballot_scan" | "proxy_document" | "ledger_attachment" | "binding_document" | "notice_attachment" | "inspection_photo";
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
        WeightsDto: {
            disclosure: number;
            inspections: number;
            serviceFigures: number;
            survey: number;
        };
        YearDto: {
            year: number;
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
    Auth_requestSmsCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsCodeRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsCodeSentDto"];
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
    Auth_smsLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsLoginDto"];
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
    Binding_joinReview: {
        parameters: {
            query?: never;
            header: {
                "X-Community-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
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
    Broadcasts_list: {
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
                    "application/json": components["schemas"]["BroadcastSummaryDto"][];
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
    Broadcasts_reach: {
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
                    "application/json": components["schemas"]["BroadcastReachDto"];
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
    Committee_createElection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateElectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_createManagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateManagementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_record: {
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
                    "application/json": components["schemas"]["CommitteeRecordDto"];
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
    Committee_resign: {
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
    Committee_list: {
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
                    "application/json": components["schemas"]["CommitteeTermDto"][];
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
    Committee_get: {
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
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_confirm: {
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
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_decide: {
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
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_file: {
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
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_voteOfficers: {
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
                "application/json": components["schemas"]["OfficerVoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    Committee_refuse: {
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
                "application/json": components["schemas"]["RefuseFilingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTermDto"];
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
    District_records: {
        parameters: {
            query: {
                /** @description 指标代码（见看板 metrics），例如 service.on_time */
                metric: string;
            };
            header?: never;
            path: {
                communityId: string;
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
                    "application/json": components["schemas"]["DistrictMetricRecordsDto"];
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
    District_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                ticketId: string;
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
                    "application/json": components["schemas"]["DistrictTicketTimelineDto"];
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
    District_dashboard: {
        parameters: {
            query?: {
                /** @description 辖区 id；只监管一个辖区时可省略 */
                districtId?: string;
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
                    "application/json": components["schemas"]["DistrictDashboardDto"];
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
    District_dashboardXlsx: {
        parameters: {
            query?: {
                /** @description 辖区 id；只监管一个辖区时可省略 */
                districtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 辖区看板（Excel） */
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
    Files_thumbnail: {
        parameters: {
            query?: {
                /** @description small 240 像素，medium 720 像素 */
                size?: "small" | "medium";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 缩略图（JPEG；If-None-Match 与 ETag 相同时答复 304，无内容） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 请求内容有误：details.fields 列出每个有问题的字段 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ValidationErrorEnvelopeDto"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 没有执行此操作的权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description 不存在，或不属于当前小区 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorEnvelopeDto"];
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
                /** @description 1：只列出本人录入的账目（我的草稿、被退回的） */
                mine?: "1" | "0";
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
    Todos_list: {
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
                    "application/json": components["schemas"]["TodoListDto"];
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
    Notices_list: {
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
                    "application/json": components["schemas"]["NoticePageDto"];
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
    Notices_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoticeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDraftDto"];
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
    Notices_get: {
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
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_acknowledge: {
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
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_posting: {
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
                "application/json": components["schemas"]["BoardPostingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardPostingViewDto"];
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
    Notices_extend: {
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
                "application/json": components["schemas"]["ExtendNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_pin: {
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
                "application/json": components["schemas"]["PinNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_poster: {
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
            /** @description 可打印的海报（HTML） */
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
    Notices_reach: {
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
                    "application/json": components["schemas"]["NoticeReachDto"];
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
    Notices_read: {
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
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_remind: {
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
                    "application/json": components["schemas"]["ReminderResultDto"];
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
    Notices_drafts: {
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
                    "application/json": components["schemas"]["NoticeDraftDto"][];
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
    Notices_approve: {
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
                    "application/json": components["schemas"]["NoticeDraftDto"];
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
    Notices_publish: {
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
                    "application/json": components["schemas"]["NoticeDto"];
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
    Notices_verify: {
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
                    "application/json": components["schemas"]["NoticeChainDto"];
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
    Supervision_listAssessments: {
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
                    "application/json": components["schemas"]["AssessmentListDto"];
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
    Supervision_replyAssessment: {
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
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
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
    Supervision_listComplaints: {
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
                    "application/json": components["schemas"]["ComplaintListDto"];
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
    Supervision_complain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
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
    Supervision_answerComplaint: {
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
                "application/json": components["schemas"]["AnswerComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
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
    Supervision_escalate: {
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
                    "application/json": components["schemas"]["ComplaintDto"];
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
    Supervision_contract: {
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
                    "application/json": components["schemas"]["CurrentContractDto"];
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
    Supervision_propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeContractDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDto"];
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
    Supervision_confirm: {
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
                    "application/json": components["schemas"]["ContractDto"];
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
    SupervisionDistrict_ranking: {
        parameters: {
            query?: {
                year?: number;
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
                    "application/json": components["schemas"]["RankedAssessmentListDto"];
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
    SupervisionDistrict_compute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
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
    SupervisionDistrict_export: {
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
                    "application/json": components["schemas"]["AssessmentExportDto"];
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
    SupervisionDistrict_publish: {
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
                    "application/json": components["schemas"]["AssessmentDto"];
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
    SupervisionDistrict_lists_: {
        parameters: {
            query?: {
                year?: number;
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
                    "application/json": components["schemas"]["ListEntryListDto"];
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
    SupervisionDistrict_confirm: {
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
                    "application/json": components["schemas"]["ListEntryDto"];
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
    SupervisionDistrict_countersign: {
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
                    "application/json": components["schemas"]["ListEntryDto"];
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
    SupervisionDistrict_publishList: {
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
                    "application/json": components["schemas"]["ListEntryDto"];
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
    SupervisionDistrict_propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEntryListDto"];
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
    Supervision_holdbackAccount: {
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
                    "application/json": components["schemas"]["HoldbackAccountDto"];
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
    Supervision_proposeRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeHoldbackReleaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoldbackReleaseDto"];
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
    Supervision_approveRelease: {
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
                    "application/json": components["schemas"]["HoldbackReleaseDto"];
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
    Supervision_listInspections: {
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
                    "application/json": components["schemas"]["InspectionListDto"];
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
    Supervision_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    Supervision_inspection: {
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
                    "application/json": components["schemas"]["InspectionDto"];
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
    Supervision_publishInspection: {
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
                    "application/json": components["schemas"]["InspectionDto"];
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
    Supervision_replyInspection: {
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
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    Supervision_checklist: {
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
                    "application/json": components["schemas"]["ChecklistDto"];
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
    Supervision_listEntries: {
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
                    "application/json": components["schemas"]["ListEntryListDto"];
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
    Supervision_replyList: {
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
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEntryDto"];
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
    Supervision_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                grade: string;
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
                    "application/json": components["schemas"]["MenuTemplateDto"];
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
    Supervision_listSurveys: {
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
                    "application/json": components["schemas"]["SurveyListDto"];
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
    Supervision_openSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDto"];
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
    Supervision_survey: {
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
                    "application/json": components["schemas"]["SurveyDto"];
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
    Supervision_answerSurvey: {
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
                "application/json": components["schemas"]["AnswerSurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnsweredDto"];
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
    Supervision_closeSurvey: {
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
                    "application/json": components["schemas"]["SurveyDto"];
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
