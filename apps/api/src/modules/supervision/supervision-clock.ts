import { Injectable } from '@nestjs/common';

/**
 * Where supervision takes "now" from (reply windows, complaint deadlines). Real time by default; tests replace `now`
 * on the provider (`app.get(SupervisionClock).now = () => someDate`), as with the roster's clock.
 */
@Injectable()
export class SupervisionClock {
  now(): Date {
    return new Date();
  }
}
