import type { ComponentProps } from "react";

// Every client form renders through this. A <form> without a method is a GET: submitted before the
// page's JavaScript has loaded (a busy machine, a slow network) or with JavaScript off, the browser
// would put every field — intelligence text, names, reasons — into the URL, and so into history,
// proxy and server logs. method="post" keeps fields in the request body whatever happens; with
// JavaScript the form's onSubmit handles it as before. Search and filter forms that are meant to
// be bookmarkable are plain `<form method="get">` and carry no case data they do not already show.

export type FormProps = Omit<ComponentProps<"form">, "method" | "action">;

export function Form(props: FormProps) {
  return <form noValidate {...props} method="post" />;
}
