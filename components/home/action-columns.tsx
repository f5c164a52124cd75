import Link from "next/link";
import { formatDate } from "@/lib/dates/format";
import type { Column } from "@/components/home/home-section";

// The columns every action list on the role homes shares (my actions, actions I raised, the
// forum's overdue actions): the title linked to the action, its owner, its due date.

type ActionLike = { id: number; title: string; ownerName: string; dueOn: Date };

export function actionTitleColumn<T extends ActionLike>(): Column<T> {
  return {
    header: "Action",
    cell: (a) => (
      <Link className="govuk-link" href={`/actions/${a.id}`}>
        {a.title}
      </Link>
    ),
  };
}

export function actionOwnerColumn<T extends ActionLike>(): Column<T> {
  return { header: "Owner", cell: (a) => a.ownerName };
}

export function actionDueColumn<T extends ActionLike>(): Column<T> {
  return { header: "Due", cell: (a) => formatDate(a.dueOn) };
}
