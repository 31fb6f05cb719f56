import { describe, expect, it } from 'vitest';
import { matchLexicon, tokenize, wordForms } from '../../../src/core/direction';
import { LEXICON } from '../../../src/core/direction/lexicon';
import { ACTIONS, familyOf, type Action } from '../../../src/core/cuesheet/vocabulary';

function rulesIn(text: string): string[] {
  return matchLexicon(tokenize(text)).map((m) => m.entry.rule);
}

function familiesIn(text: string): string[] {
  return matchLexicon(tokenize(text)).flatMap((m) =>
    m.entry.cue.kind === 'action' ? m.entry.cue.actions.map((a: Action) => familyOf(a)) : [],
  );
}

describe('wordForms', () => {
  it.each([
    ['leaping', 'leap'],
    ['twirling', 'twirl'],
    ['twirled', 'twirl'],
    ['curtsied', 'curtsy'],
    ['spinning', 'spin'],
    ['pirouettes', 'pirouette'],
    ['danced', 'dance'],
    ['clapped', 'clap'],
    ['gently', 'gent'],
  ])('%s has the stem %s', (word, stem) => {
    expect(wordForms(word)).toContain(stem);
  });
});

describe('matchLexicon', () => {
  it.each(['She leapt', 'he leaped high', 'leaping', 'She soared', 'they jumped'])(
    '"%s" names the jump family',
    (text) => expect(familiesIn(text)).toContain('jump'),
  );

  it.each(['She spun', 'a whirl of white', 'twirling', 'She twirled', 'three pirouettes'])(
    '"%s" names the turn family',
    (text) => expect(familiesIn(text)).toContain('turn'),
  );

  it.each(['She curtsied', 'he bowed', 'a deep bow', 'bowing low', 'Анна поклонилась'])(
    '"%s" names the bow family',
    (text) => expect(familiesIn(text)).toContain('bow'),
  );

  it('does not hear a bow in an elbow or a bowl', () => {
    expect(familiesIn('her elbow rested on a bowl')).not.toContain('bow');
  });

  it('reads a rising curtain, and only a curtain, as the curtain going up', () => {
    expect(rulesIn('The curtain rose')).toContain('lexicon.curtain-up');
    expect(rulesIn('the heavy curtains slowly lifted')).toContain('lexicon.curtain-up');
    expect(rulesIn('Занавес поднялся')).toContain('lexicon.curtain-up');
    expect(rulesIn('She smelled a rose')).not.toContain('lexicon.curtain-up');
    expect(rulesIn('The curtain fell at last')).toContain('lexicon.curtain-down');
    expect(rulesIn('the curtain closed')).toContain('lexicon.curtain-down');
  });

  it('keeps a gapped phrase inside one sentence', () => {
    const rules = rulesIn('The curtain fell. The audience rose to its feet.');
    expect(rules).toContain('lexicon.curtain-down');
    expect(rules).not.toContain('lexicon.curtain-up');
    expect(rulesIn('The curtain, heavy and red, rose')).toContain('lexicon.curtain-up');
  });

  it('hears lights, audience, music, and partnering', () => {
    expect(rulesIn('the lights dimmed')).toContain('lexicon.lights-dim');
    expect(rulesIn('the stage went dark')).toContain('lexicon.lights-dark');
    expect(rulesIn('a dark-haired man')).not.toContain('lexicon.lights-dark');
    expect(rulesIn('the lights blazed')).toContain('lexicon.lights-blaze');
    expect(rulesIn('they clapped and clapped')).toContain('lexicon.applause');
    expect(rulesIn('a standing ovation')).toContain('lexicon.ovation');
    expect(rulesIn('the music swelled')).toContain('lexicon.music-up');
    expect(rulesIn('the final notes faded away')).toContain('lexicon.music-down');
    expect(rulesIn('her smile faded')).not.toContain('lexicon.music-down');
    expect(familiesIn('he lifted her')).toContain('partnered');
    expect(familiesIn('the curtain lifted')).not.toContain('partnered');
    expect(rulesIn('She knelt')).toContain('lexicon.kneel');
    expect(rulesIn('tears in her eyes')).toContain('lexicon.close-shot');
    expect(familiesIn('She reached for the sky')).toContain('adagio');
  });

  it('records the words that matched, as written', () => {
    const [match] = matchLexicon(tokenize('Then the Curtain finally Rose.')).filter(
      (m) => m.entry.rule === 'lexicon.curtain-up',
    );
    expect(match?.words).toEqual(['Curtain', 'Rose']);
  });

  it('only names actions of the vocabulary', () => {
    for (const entry of LEXICON) {
      const cue = entry.cue;
      if (cue.kind === 'action' || cue.kind === 'mood') {
        for (const action of cue.actions) expect(ACTIONS).toContain(action);
      }
      expect(entry.rule).toMatch(/^(lexicon|mood)\.[a-z-]+$/);
    }
  });
});
