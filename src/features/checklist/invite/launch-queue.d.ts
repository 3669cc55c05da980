/** File Handling (Chromium): files the installed app was opened with. Not yet in TypeScript's DOM types. */
interface LaunchParams {
  readonly files: readonly FileSystemFileHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}
