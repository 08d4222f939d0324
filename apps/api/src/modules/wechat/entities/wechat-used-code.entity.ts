import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * wx.login codes already presented (SHA-256 of the code, never the code). A code is accepted once: a replay inside
 * the window is refused even if WeChat would still accept it. Rows older than `expires_at` are swept on sign-in.
 */
@Entity('wechat_used_codes')
export class WechatUsedCode {
  @PrimaryColumn({ name: 'code_hash', type: 'char', length: 64 }) codeHash: string;
  @Index() @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
