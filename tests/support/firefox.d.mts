export declare const FIREFOX: string;
export interface FirefoxSession {
  extension: string;
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  evaluate<T = unknown>(expression: string): Promise<T>;
  goto(url: string): Promise<void>;
  click(elementExpression: string): Promise<void>;
  type(text: string): Promise<void>;
  close(): Promise<void>;
}
export declare function launchFirefox(options?: { dist?: string }): Promise<FirefoxSession>;
