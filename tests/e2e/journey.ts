import type { Locator, Page } from '@playwright/test';

/**
 * Drives a page while counting what a user would count as effort: every click and every navigation key
 * (Tab, Enter, Space, arrows, Escape). Typing the facts themselves (a name, a date) is not counted.
 */
export class CountedUser {
  /** Each counted action, in order, for the failure message. */
  readonly actions: string[] = [];

  constructor(private readonly page: Page) {}

  get count(): number {
    return this.actions.length;
  }

  /** A click on `target`. */
  async click(target: Locator, what: string): Promise<void> {
    this.actions.push(`click ${what}`);
    await target.click();
  }

  /** A navigation key pressed on whatever has focus. */
  async press(key: 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape' | `Arrow${string}`): Promise<void> {
    this.actions.push(`press ${key}`);
    await this.page.keyboard.press(key);
  }

  /** Types facts into whatever has focus: not counted. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
