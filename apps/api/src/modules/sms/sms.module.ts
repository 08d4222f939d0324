import { Global, Module } from '@nestjs/common';
import { SmsClient } from '../../integrations/sms/sms.client.js';

/** The SMS provider adapter (integrations/sms), for sign-in codes (identity) and notifications. */
@Global()
@Module({
  providers: [SmsClient],
  exports: [SmsClient],
})
export class SmsModule {}
