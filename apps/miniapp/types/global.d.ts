/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'jdrn';
    /** API origin. Empty in H5 → same-origin relative URLs. Only TARO_APP_* variables reach the client. */
    TARO_APP_API_BASE?: string;
    /** Subscribe-message template id for repair progress (weapp asks after a report when set). */
    TARO_APP_WECHAT_TEMPLATE_REPAIR_STATUS?: string;
  }
}
