import { type Component, type JSX, Show, createComponent, createSignal } from 'solid-js';

/**
 * A component whose code loads the first time it is drawn. Smaller than Solid's `lazy`, which brings
 * Suspense and resources along: this draws nothing until the code is there, then the component.
 */
export function later<P extends object>(load: () => Promise<{ default: Component<P> }>): Component<P> {
  const [loaded, setLoaded] = createSignal<Component<P>>();
  let loading = false;
  return (props: P): JSX.Element => {
    if (!loading) {
      loading = true;
      void load().then((m) => setLoaded(() => m.default));
    }
    return Show({
      get when() {
        return loaded();
      },
      children: (C: () => Component<P>) => createComponent(C(), props),
    });
  };
}
