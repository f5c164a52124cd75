"use client";

import { TextareaField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { correctPatrolDeploymentAction, recordPatrolDeploymentAction } from "@/app/patrols/actions";
import type { DeploymentCorrectionFormValues } from "@/lib/patrols/schemas";

const FIELDS = ["periodStart", "treatment", "control", "reason"] as const;

type Props = {
  periodStart: string;
  periodLabel: string;
  /** The current record's lists when correcting; null to record the period's first deployment. */
  current: { treatment: string[]; control: string[] } | null;
};

/**
 * A period's deployment: the codes of the treatment and the control hotspots, as the randomisation
 * lists them. With a record already there, only a correction with its reason can be made.
 */
export function DeploymentForm({ periodStart, periodLabel, current }: Props) {
  const correcting = current !== null;
  const form = useFormAction<DeploymentCorrectionFormValues>({
    // The first record of a period needs no reason (its extra box is not shown); a correction does.
    schema: () =>
      import("@/lib/patrols/schemas").then(
        (m) =>
          (correcting
            ? m.deploymentCorrectionSchema
            : m.deploymentSchema) as typeof m.deploymentCorrectionSchema,
      ),
    defaults: {
      periodStart,
      treatment: current?.treatment.join(", ") ?? "",
      control: current?.control.join(", ") ?? "",
      reason: "",
    },
    fields: FIELDS,
    submit: (values) =>
      correcting
        ? correctPatrolDeploymentAction(values)
        : recordPatrolDeploymentAction({
            periodStart: values.periodStart,
            treatment: values.treatment,
            control: values.control,
          }),
    done: `/patrols/deployments?period=${periodStart}&saved=1`,
  });
  const { bind } = form;
  return (
    <FormFrame
      form={form}
      testId="deployment-form"
      heading={
        <h2 className="govuk-heading-m">
          {correcting
            ? `Correct the deployment of ${periodLabel}`
            : `Record the deployment of ${periodLabel}`}
        </h2>
      }
      submit={correcting ? "Record the correction" : "Record the deployment"}
    >
      <input type="hidden" defaultValue={periodStart} {...form.form.register("periodStart")} />
      <TextareaField
        {...bind("treatment")}
        label="Treatment hotspots"
        hint="Hotspot codes, separated by commas, spaces or new lines"
        rows={3}
      />
      <TextareaField {...bind("control")} label="Control hotspots" hint="Hotspot codes" rows={3} />
      {correcting ? (
        <TextareaField
          {...bind("reason")}
          label="Why the deployment is corrected"
          hint="The first record stays; this correction supersedes it and shows your reason"
          rows={3}
        />
      ) : null}
    </FormFrame>
  );
}
