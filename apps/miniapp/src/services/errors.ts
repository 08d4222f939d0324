import { ErrorCode } from '@gongzhi/domain/client';
import { ClientErrorCode, type ApiError } from '@gongzhi/api-client';

/** What the page offers as the next step. */
export type NextStep = 'retry' | 'login' | 'back' | 'contact';

export interface ErrorText {
  /** Short headline. */
  title: string;
  /** What to do now, in plain words. */
  action: string;
  next: NextStep;
}

type AnyCode = ErrorCode | ClientErrorCode;

/**
 * The Chinese text shown for an error code. Switches on the code, never on the server's text; the switch
 * is exhaustive, so a code added to @gongzhi/domain does not compile until it is given words here.
 */
export function textForCode(code: AnyCode): ErrorText {
  switch (code) {
    case ClientErrorCode.OFFLINE:
      return { title: '网络连接失败', action: '请检查手机网络或 Wi-Fi，然后点“重试”。', next: 'retry' };
    case ClientErrorCode.TIMEOUT:
      return { title: '网络太慢，请求超时', action: '请稍等片刻，然后点“重试”。', next: 'retry' };
    case ErrorCode.VALIDATION_FAILED:
      return { title: '填写的内容有误', action: '请按提示修改后再提交。', next: 'back' };
    case ErrorCode.NOT_FOUND:
      return { title: '没有找到相关内容', action: '内容可能已被删除，或功能尚未开通。请返回上一页。', next: 'back' };
    case ErrorCode.CONFLICT:
      return { title: '内容已被他人修改', action: '请返回刷新后再试。', next: 'back' };
    case ErrorCode.INTERNAL:
      return { title: '服务出错了', action: '请稍后点“重试”；多次失败请联系物业或业委会。', next: 'retry' };
    case ErrorCode.UNAVAILABLE:
      return { title: '服务暂时不可用', action: '请稍后点“重试”。', next: 'retry' };
    case ErrorCode.RATE_LIMITED:
      return { title: '操作太频繁', action: '请休息一分钟后再试。', next: 'retry' };
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return { title: '提交的内容太大', action: '请减少照片数量或换小一些的照片。', next: 'back' };
    case ErrorCode.IDEMPOTENCY_MISMATCH:
      return { title: '重复提交的内容不一致', action: '请返回重新填写后提交。', next: 'back' };
    case ErrorCode.UNAUTHENTICATED:
      return { title: '请先登录', action: '点“去登录”，登录后再继续。', next: 'login' };
    case ErrorCode.TOKEN_EXPIRED:
      return { title: '登录已过期', action: '请重新登录。', next: 'login' };
    case ErrorCode.FORBIDDEN:
      return { title: '没有权限', action: '这项功能需要相应身份。如有疑问请联系业委会。', next: 'back' };
    case ErrorCode.WECHAT_CODE_INVALID:
      return { title: '微信登录失败', action: '请再点一次“微信登录”。', next: 'retry' };
    case ErrorCode.WECHAT_RATE_LIMITED:
      return { title: '登录太频繁', action: '请一分钟后再试。', next: 'retry' };
    case ErrorCode.WECHAT_RISKY_USER:
      return { title: '微信提示账号存在风险', action: '请在微信中完成安全验证后再登录。', next: 'contact' };
    case ErrorCode.WECHAT_UNAVAILABLE:
      return { title: '微信服务暂时不可用', action: '请稍后点“重试”。', next: 'retry' };
    case ErrorCode.SMS_CODE_INVALID:
      return { title: '验证码不对或已过期', action: '请核对短信里的 6 位数字，或重新获取验证码。', next: 'retry' };
    case ErrorCode.DEV_LOGIN_DISABLED:
      return { title: '测试登录已关闭', action: '正式环境请在微信中打开小程序登录。', next: 'back' };
    case ErrorCode.FILE_TYPE_NOT_ALLOWED:
      return { title: '文件格式不支持', action: '请上传 JPG、PNG 照片或 PDF 文件。', next: 'back' };
    case ErrorCode.FILE_TOO_LARGE:
      return { title: '文件太大', action: '请换一张小一些的照片。', next: 'back' };
    case ErrorCode.FILE_INVALID:
      return { title: '文件无法读取', action: '请重新拍照或选择其他文件。', next: 'back' };
    case ErrorCode.ILLEGAL_TRANSITION:
      return { title: '当前状态下不能这样操作', action: '请返回刷新，查看最新状态。', next: 'back' };
    case ErrorCode.ROSTER_INVALID:
      return { title: '名册信息有误', action: '请按提示修改名册后重新导入。', next: 'back' };
    case ErrorCode.BINDING_DUPLICATE:
      return { title: '这套房屋已经绑定过', action: '无需重复绑定。如有疑问请联系物业。', next: 'back' };
    case ErrorCode.ROSTER_OBJECTION_OPEN:
      return {
        title: '有业主对名册变更提出了异议',
        action: '业委会答复这些异议之前，包含这些房屋的表决不能开始。',
        next: 'back',
      };
    case ErrorCode.VOTE_ALREADY_CAST:
      return {
        title: '您已经投过票了',
        action: '每位业主每项表决只能投一次，可在“业主表决”中查看回执。',
        next: 'back',
      };
    case ErrorCode.VOTE_NOT_OPEN:
      return { title: '表决不在投票时间内', action: '请在公告的投票时间内再来投票。', next: 'back' };
    case ErrorCode.VOTE_NOT_IN_ELECTORATE:
      return {
        title: '您不在本次表决的业主名单中',
        action: '如果您是名册中的业主，请在“我的”中验证与名册一致的手机号，或提交业主绑定申请；如有疑问请联系业委会。',
        next: 'contact',
      };
    case ErrorCode.VOTE_NOT_DESIGNATED_VOTER:
      return {
        title: '您不是这套共有房屋的指定投票人',
        action: '本次由共有人指定的投票人投票；更换须在下次表决开始前经全体共有人同意。',
        next: 'back',
      };
    case ErrorCode.VOTE_OWNER_NOT_VERIFIED:
      return {
        title: '您的业主身份尚未核实',
        action: '业主绑定须两位业委会委员确认，确认后即可投票；也可在“我的”中验证与名册一致的手机号。',
        next: 'contact',
      };
    case ErrorCode.VOTE_DESIGNATION_FROZEN:
      return {
        title: '表决进行中，不能更换指定投票人',
        action: '请在本次表决结束后、下次表决开始前更换。',
        next: 'back',
      };
    case ErrorCode.LEDGER_AUTHOR_CANNOT_APPROVE:
      return { title: '不能审批自己录入的台账', action: '请由其他委员审批。', next: 'back' };
    case ErrorCode.NOTICE_PERSONAL_INFO:
      return {
        title: '通知里有手机号或身份证号',
        action: '请删去后再发布；确需公布的，请附上本人的书面同意。',
        next: 'back',
      };
    case ErrorCode.NOTICE_DECISION_REQUIRED:
      return { title: '这份通知要业委会过半数委员同意', action: '请等其他委员同意后再发布。', next: 'back' };
    case ErrorCode.LEDGER_RESOLUTION_REQUIRED:
      return { title: '这笔支出需要业主表决', action: '请先发起并通过业主表决，再关联该表决。', next: 'back' };
    case ErrorCode.LEDGER_AMOUNT_INVALID:
      return { title: '金额有误', action: '请检查金额（精确到分）后重新填写。', next: 'back' };
    case ErrorCode.CONTENT_REJECTED:
      return { title: '内容未通过安全检查', action: '请修改文字或图片后重新提交。', next: 'back' };
    default: {
      const unmapped: never = code;
      void unmapped;
      return { title: '操作没有成功', action: '请稍后重试；多次失败请联系物业或业委会。', next: 'retry' };
    }
  }
}

/** The text to show for an error; a code from a newer server falls back to its own (Chinese) message. */
export function describeError(error: ApiError): ErrorText & { code: string; detail?: string } {
  const text = textForCode(error.code);
  return { ...text, code: error.code, detail: error.message };
}

/** True when the device could not reach the API at all (show the offline state). */
export function isOffline(error: ApiError): boolean {
  return error.code === ClientErrorCode.OFFLINE || error.code === ClientErrorCode.TIMEOUT;
}
