import { Injectable } from '@nestjs/common';

/**
 * Where the votes module takes "now" from. Real time by default; tests replace `now` on the provider
 * (`app.get(Clock).now = () => someDate`) to walk a vote through notice, voting and objection periods.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
