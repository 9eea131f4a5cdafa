/** A response the demo web can send whole. */
export type DemoPage = { status: number; contentType: string; body: string };

export const htmlType = "text/html; charset=utf-8";
export const textType = "text/plain; charset=utf-8";
