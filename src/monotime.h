/* Seconds on the monotonic clock: for budgets, deadlines and delays, which a change of the
 * wall clock must not stretch or cut. */
#ifndef MTCR_MONOTIME_H
#define MTCR_MONOTIME_H

double monotime(void);

#endif
