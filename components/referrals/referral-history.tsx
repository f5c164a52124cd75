import { formatDate } from "@/lib/dates/format";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import type { ProviderReferralDetail } from "@/lib/referrals/types";
import { TitledSection } from "@/components/ui/titled-section";

// The referral's dated, attributed history as an MOJ timeline, newest first.

export function ReferralHistory({ history }: { history: ProviderReferralDetail["history"] }) {
  return (
    <TitledSection titleId="history-title" title="History">
      <div className="moj-timeline" data-testid="referral-history">
        {[...history].reverse().map((event) => (
          <div className="moj-timeline__item" key={event.id}>
            <div className="moj-timeline__header">
              <h3 className="moj-timeline__title">
                {event.toState
                  ? event.fromState
                    ? `${REFERRAL_STATE_LABELS[event.fromState]} → ${REFERRAL_STATE_LABELS[event.toState]}`
                    : REFERRAL_STATE_LABELS[event.toState]
                  : "Note"}
              </h3>
              <p className="moj-timeline__byline">by {event.actor}</p>
            </div>
            <p className="moj-timeline__date">
              <time dateTime={event.occurredOn.toISOString().slice(0, 10)}>
                {formatDate(event.occurredOn)}
              </time>
            </p>
            {event.note ? (
              <div className="moj-timeline__description">
                <p className="govuk-body">{event.note}</p>
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </TitledSection>
  );
}
