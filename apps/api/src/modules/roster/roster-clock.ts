import { Injectable } from '@nestjs/common';

/**
 * Where the roster takes "now" from (objection windows, the first roster's posting period). Real time by default;
 * tests replace `now` on the provider (`app.get(RosterClock).now = () => someDate`), as with the votes Clock.
 */
@Injectable()
export class RosterClock {
  now(): Date {
    return new Date();
  }
}
