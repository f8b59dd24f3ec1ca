import * as React from 'react';
import { Field, NumberInput, SingleSelect, SingleSelectOption, TextInput, Toggle } from '@strapi/design-system';

/** Labelled inputs for the settings forms: one Field per input, so every control has its label and hint. */

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export const TextField = ({
  name,
  label,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  autoComplete,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'email' | 'url';
  autoComplete?: string;
}) => (
  <Field.Root name={name} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <TextInput
      type={type}
      value={value}
      autoComplete={autoComplete}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
    <Field.Hint />
  </Field.Root>
);

export const NumberField = ({
  name,
  label,
  hint,
  required,
  value,
  onChange,
  step = 1,
}: BaseProps & { value: number | undefined; onChange: (value: number | undefined) => void; step?: number }) => (
  <Field.Root name={name} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <NumberInput value={value} step={step} onValueChange={onChange} />
    <Field.Hint />
  </Field.Root>
);

export const SelectField = ({
  name,
  label,
  hint,
  required,
  value,
  onChange,
  options,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
}) => (
  <Field.Root name={name} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(next: string | number) => onChange(String(next))}>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
  </Field.Root>
);

export const ToggleField = ({
  name,
  label,
  hint,
  value,
  onChange,
  onLabel,
  offLabel,
}: BaseProps & { value: boolean; onChange: (value: boolean) => void; onLabel: string; offLabel: string }) => (
  <Field.Root name={name} hint={hint}>
    <Field.Label>{label}</Field.Label>
    <Toggle
      checked={value}
      onLabel={onLabel}
      offLabel={offLabel}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
    />
    <Field.Hint />
  </Field.Root>
);
