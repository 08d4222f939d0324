import Taro from '@tarojs/taro';

/** Template id of the 工单进度 subscribe message (the same as the API's WECHAT_TEMPLATE_REPAIR_STATUS); '' when unset. */
const TEMPLATE = process.env.TARO_APP_WECHAT_TEMPLATE_REPAIR_STATUS ?? '';

export const SUBSCRIBE_REASON = '订阅工单进度提醒，维修有进展时微信通知您';

/**
 * WeChat build only, and only when the template is configured: after a report, asks whether to be told of progress.
 * WeChat shows its subscribe dialog only in answer to a tap, and the tap on 「提交报修」 is used up by the network
 * request, so a one-line modal (the reason) comes first and its 「订阅」 tap opens WeChat's dialog. Refusals and
 * failures are ignored: the report is already saved. Resolves when the person has answered.
 */
export function askRepairSubscription(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !TEMPLATE) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    try {
      Taro.showModal({
        title: '报修已提交',
        content: SUBSCRIBE_REASON,
        confirmText: '订阅',
        cancelText: '不用了',
        success: (r) => {
          if (!r.confirm) return done();
          // Called inside the modal's tap callback (not after an await), so WeChat accepts it as the user's tap.
          try {
            // Taro's types demand `entityIds` (an Alipay field) as well; WeChat takes tmplIds only.
            const option: Partial<Taro.requestSubscribeMessage.BaseOption> = { tmplIds: [TEMPLATE], complete: done };
            Taro.requestSubscribeMessage(option as Taro.requestSubscribeMessage.Option);
          } catch {
            done();
          }
        },
        fail: done,
      });
    } catch {
      done();
    }
  });
}
