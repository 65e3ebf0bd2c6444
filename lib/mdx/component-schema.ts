import type { z } from 'zod';

// The contract between the component registry's prop schemas (components/mdx/component-props.ts)
// and the build: lib/ cannot import components/, so the caller hands these in.
export type ComponentSchema = {
  props: z.ZodType;
  /** The element ids the component renders for these props, which links may point at. */
  anchors?: (props: never) => string[];
};
export type ComponentSchemas = Readonly<Record<string, ComponentSchema>>;
