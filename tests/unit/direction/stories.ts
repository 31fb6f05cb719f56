/** Short test stories of different shapes for the director's invariants. */
export const STORIES: Readonly<Record<string, string>> = {
  named: `Mikhail waited in the wings while the orchestra tuned. Odile stood at the center of the dark stage.

The curtain lifted slowly. Odile leapt across the stage, and Mikhail caught her in his arms. Suddenly the lights went dark. A single spotlight found Odile as she knelt. Mikhail lifted her high. Their steps were tender and slow under the silver moonlight. She twirled, he spun, and the music swelled.

The curtain fell. The crowd rose in a standing ovation, cheering. Odile curtsied and Mikhail bowed.`,
  plain: `The girl in the red shoes loved to dance. Every evening she practised alone in the old hall.

She was a feather on the breeze, drifting from corner to corner. Her arms traced slow circles in the air. Time seemed to stop. She turned and turned until the room spun with her.

Her breath came fast. She smiled at no one. Outside, the city went on without her. The last light of the day touched her face.`,
  russian: `Анна стояла за кулисами и ждала. Зал был полон, зрители шептались.

Занавес поднялся, и музыка зазвучала. Анна вышла на сцену и закружилась. Её партнёр Иван поднял её высоко над сценой. Они танцевали вместе, нежно и медленно. Вдруг музыка стихла.

Зрители взорвались аплодисментами. Анна и Иван поклонились.`,
  prince: `The lights dimmed and the theater fell silent. Giselle waited in the wings, her heart pounding.

When the curtain opened, she ran onto the stage. The prince watched her from the shadows. She whirled across the floor in a flurry of chaines. Then he took her hand, and they moved together in a slow promenade. He lifted her high above his head. Suddenly the music stopped. Giselle knelt at the edge of the stage, tears on her face.

The final chord rang out. The audience rose to its feet. Giselle curtsied deeply and the prince bowed.`,
  terse: `He ran. He jumped. He fell. The house lights blazed. Applause erupted everywhere. He bowed low.`,
};
