import { actorIds, codeRecorded, mentionsOf } from '../helpers/recorded-parse';

const partOf = (name: string, id: string): string[] =>
  codeRecorded(name)
    .relations.filter(r => r.type === 'PART_OF' && r.fromId === id)
    .map(r => r.toId);

describe("a legislature a speaker tells or addresses is the speaker state's (roles16)", () => {
  it('reads "Congress" told by a minister of a possessed country as that state\'s parliament', () => {
    const b = codeRecorded('roles16-told-parliament');
    expect(mentionsOf(b, 'org:per-parliament')).toEqual(['Congress']);
    expect(partOf('roles16-told-parliament', 'org:per-parliament')).toEqual(['country:PER']);
  });

  it('reads a bare "parliament" a titled leader addresses as his state\'s', () => {
    const b = codeRecorded('roles16-addressed-parliament');
    expect(mentionsOf(b, 'org:ken-parliament')).toEqual(['parliament']);
  });

  it('reads the "National Assembly" a minister briefs as the minister state\'s', () => {
    const b = codeRecorded('roles16-briefed-national-assembly');
    expect(mentionsOf(b, 'org:sen-parliament')).toEqual(['National Assembly']);
    expect(actorIds(b)).not.toContain('org:national-assembly');
  });

  it("puts the speaker's state above the dateline's", () => {
    const b = codeRecorded('roles16-dateline-other-chamber');
    expect(mentionsOf(b, 'org:uga-parliament')).toEqual(['National Assembly']);
    expect(actorIds(b)).not.toContain('org:ken-parliament');
  });

  it('leaves the chamber alone when the speaker has no state or does not address it', () => {
    expect(actorIds(codeRecorded('roles16-pronoun-told-parliament'))).toEqual(['country:TCD']);
    // "dissolved parliament": no chamber is addressed, so none is an actor
    expect(actorIds(codeRecorded('roles16-dissolved-parliament'))).toEqual([
      'country:KEN',
      'country:UGA',
      'person:daniel-mwangi',
    ]);
  });

  it("reads a named person's chamber as the dateline's state when nothing else gives the person one", () => {
    const b = codeRecorded('roles16-dateline-person-told');
    expect(mentionsOf(b, 'org:gha-parliament')).toEqual(['Parliament']);
    expect(actorIds(codeRecorded('roles16-no-dateline-person-told'))).toEqual([
      'country:TGO',
      'person:kofi-mensah',
    ]);
  });
});
