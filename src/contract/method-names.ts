/** `launch_workflow` → `launchWorkflow`, at the type level and at run time. */
export type MethodNameOf<Name extends string> = Name extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<MethodNameOf<Tail>>}`
  : Name;

export function methodNameOf<Name extends string>(name: Name): MethodNameOf<Name> {
  return name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()) as MethodNameOf<Name>;
}
