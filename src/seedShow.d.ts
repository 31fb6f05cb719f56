/** The default show, made at build time by the seed-show plugin in vite.config.ts. */
declare module 'virtual:seed-show' {
  /** The seed story (assets/stories/seed-story.txt). */
  export const seedText: string;
  /** Its cue sheet as JSON, directed in node and checked with parseCueSheet when the app is built. */
  export const seedSheetJson: string;
}
