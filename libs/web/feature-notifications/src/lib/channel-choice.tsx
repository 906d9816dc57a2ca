import { useId } from 'react';
import { DELIVERY_CHANNELS } from '@concertation/shared-domain';
import type { DeliveryChannel, NotificationKind } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { useKindTexts } from './kind-texts';

export interface ChannelChoiceProps {
  kind: NotificationKind;
  channel: DeliveryChannel;
  onChange: (channel: DeliveryChannel) => void;
  disabled?: boolean;
}

/** One kind of notification: its name as the legend, what it is about, and the three channels as native radios (arrow keys move between them). */
export function ChannelChoice({ kind, channel, onChange, disabled }: ChannelChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const texts = useKindTexts()(kind);
  return (
    <fieldset className="field channel-choice" aria-describedby={`${id}-description`}>
      <legend className="field__label">{texts.name}</legend>
      <p id={`${id}-description`} className="field__hint">
        {texts.description}
      </p>
      <div className="channel-choice__options">
        {DELIVERY_CHANNELS.map((value) => (
          <div key={value} className="checkbox channel-choice__option">
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-channel`}
              value={value}
              checked={channel === value}
              disabled={disabled}
              onChange={() => onChange(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`notifications.settings.channels.${value}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
