// The whole case, read-only, from its canonical document.
import Link from 'next/link';
import { Fragment } from 'react';
import { Badge } from '@/components/ui/badge';
import { Empty, Section } from '@/components/ui/section';
import type { CaseDocument } from '@/lib/case-document/schema';
import { describeDate } from '@/lib/dates';
import {
  CASE_STATUS_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_STATUS_LABELS,
  COVENANT_TERM_LABELS,
  EVENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_TREATMENT_LABELS,
  jurisdictionLabel,
  OUTCOME_KIND_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
  PROCEEDING_ROLE_LABELS,
  RELATION_KIND_INVERSE_LABELS,
  RELATION_KIND_LABELS,
  TERM_FINDING_LABELS,
} from '@/lib/labels';
import {
  adjudicatorNoun,
  adjudicatorText,
  allCitations,
  awardsOnClaim,
  bondText,
  capitalise,
  CASE_SECTIONS,
  considerationValue,
  counselText,
  covenantEndsText,
  dueText,
  equityText,
  evidenceAmountText,
  itemsText,
  originalNameCertaintyText,
  partyNames,
  proceedingHeading,
  proceedingName,
  proceedingOf,
  rolesInProceedings,
  SECTION_TITLES,
  type CaseSectionId,
} from '@/lib/export/case-facts';
import { formatMoney } from '@/lib/money';
import type { LinkedCase, RelatedCases as Related } from '@/lib/server/cases/related-cases';
import { CertaintyBadge, Excerpts, Provenance, type SourceNumbers } from './provenance';

type Props = { doc: CaseDocument; sourceNumbers: SourceNumbers };
/** What is stored of each source text the case names (size, kind), by SHA-256. */
export type SnapshotSizes = Readonly<Record<string, { characters: number; byteLength: number; contentType: string; fileName: string | null }>>;

const th = 'px-2 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-2 py-2 align-top';

/** `related`: the linked cases by title (the current case page); a past version shows none. */
export function CaseView({ doc, related, snapshots = {} }: { doc: CaseDocument; related?: Related; snapshots?: SnapshotSizes }) {
  const sourceNumbers: SourceNumbers = new Map(doc.sources.map((s, i) => [s.id, i + 1]));
  const props = { doc, sourceNumbers };
  // In the order the summary exports use (CASE_SECTIONS).
  const sections: Record<CaseSectionId, React.ReactNode> = {
    parties: <Parties {...props} />,
    proceedings: <Proceedings {...props} />,
    covenant: <Covenants {...props} />,
    timeline: <Timeline {...props} />,
    claims: <Claims {...props} />,
    evidence: <EvidenceList {...props} />,
    outcomes: <Outcomes {...props} />,
    related: related && <RelatedCases related={related} />,
    notes: <Notes doc={doc} />,
    sources: <Sources {...props} snapshots={snapshots} />,
  };
  return (
    <article>
      <CaseHeader doc={doc} />
      {CASE_SECTIONS.map(({ id }) => (
        <Fragment key={id}>{sections[id]}</Fragment>
      ))}
    </article>
  );
}

function CaseHeader({ doc }: { doc: CaseDocument }) {
  return (
    <header>
      <h1 className="text-2xl font-semibold">{doc.title}</h1>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="inline text-muted">Status: </dt>
          <dd className="inline font-medium">{CASE_STATUS_LABELS[doc.status]}</dd>
        </div>
        <div>
          <dt className="inline text-muted">Jurisdiction: </dt>
          <dd className="inline">{jurisdictionLabel(doc.jurisdiction.country, doc.jurisdiction.subdivision)}</dd>
        </div>
        {doc.tags.length > 0 && (
          <div>
            <dt className="sr-only">Tags</dt>
            <dd className="inline-flex flex-wrap gap-1">
              {doc.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </dd>
          </div>
        )}
        {doc.fictional && (
          <div>
            <dd>
              <Badge tone="warn">Fictional demo case</Badge>
            </dd>
          </div>
        )}
        {doc.archivedAt && (
          <div>
            <dd>
              <Badge tone="bad">Archived</Badge>
            </dd>
          </div>
        )}
      </dl>
      {doc.summary && <p className="mt-4 max-w-3xl leading-relaxed">{doc.summary}</p>}
    </header>
  );
}

function Parties({ doc, sourceNumbers }: Props) {
  return (
    <Section id="parties" title={SECTION_TITLES.parties}>
      {doc.parties.length === 0 ? (
        <Empty>No parties recorded.</Empty>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {doc.parties.map((party) => (
            <li key={party.id} className="rounded border border-line bg-white p-3">
              <p className="font-medium">
                {party.name}
                {party.originalName && (
                  <span lang="zh" className="ml-2 text-base">
                    {party.originalName}
                  </span>
                )}
                <span className="ml-2 text-xs text-muted">{PARTY_KIND_LABELS[party.kind]}</span>
              </p>
              {party.originalName && party.originalNameCertainty && (
                <p className="text-xs text-muted">
                  Original-script name: <CertaintyBadge certainty={party.originalNameCertainty}>{originalNameCertaintyText(party.originalNameCertainty)}</CertaintyBadge>
                </p>
              )}
              {party.aliases.length > 0 && <p className="text-xs text-muted">Also known as: {party.aliases.join(', ')}</p>}
              {party.legalRepresentative && (
                <p className="text-sm">
                  <span className="text-muted">Legal representative:</span> {party.legalRepresentative}
                </p>
              )}
              {party.description && <p className="mt-1 text-sm">{party.description}</p>}
              {rolesInProceedings(doc, party.id) && (
                <p className="mt-1 text-sm">
                  <span className="text-muted">In the proceedings:</span> {rolesInProceedings(doc, party.id)}
                </p>
              )}
              <ul className="mt-2 space-y-1 text-sm">
                {party.roles.map((role) => (
                  <li key={role.id}>
                    <span className="font-medium">{PARTY_ROLE_LABELS[role.role]}</span>
                    {role.description && <span className="text-muted"> — {role.description}</span>}{' '}
                    <Provenance fact={role} sourceNumbers={sourceNumbers} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Proceedings({ doc, sourceNumbers }: Props) {
  return (
    <Section id="proceedings" title={SECTION_TITLES.proceedings}>
      {doc.proceedings.length === 0 ? (
        <Empty>No proceedings recorded.</Empty>
      ) : (
        <ol className="space-y-2">
          {doc.proceedings.map((p) => (
            <li key={p.id} className="rounded border border-line bg-white p-3 text-sm">
              <p className="font-medium">{proceedingHeading(p)}</p>
              {p.title && <p className="italic">{p.title}</p>}
              <p className="text-muted">
                {p.caseNumber ? <>Case number {p.caseNumber}. </> : 'Case number not known. '}
                Filed {describeDate(p.filed, p.filedQualifier)}
                {(p.decided || p.decidedQualifier) && <>; decided {describeDate(p.decided, p.decidedQualifier)}</>}.
              </p>
              <Provenance fact={p} sourceNumbers={sourceNumbers} />
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                {p.forum.seat && <Row label="Seat or division">{p.forum.seat}</Row>}
                {p.otherCaseNumbers.length > 0 && <Row label="Other case numbers">{p.otherCaseNumbers.join('; ')}</Row>}
                {p.reportedCitations.length > 0 && <Row label="Reported as">{p.reportedCitations.join('; ')}</Row>}
                {p.adjudicators.length > 0 && (
                  <Row label={`${capitalise(adjudicatorNoun(p))}s`}>
                    <ul className="space-y-1">
                      {p.adjudicators.map((a) => (
                        <li key={a.id}>
                          {adjudicatorText(a)} <Provenance fact={a} sourceNumbers={sourceNumbers} />
                        </li>
                      ))}
                    </ul>
                  </Row>
                )}
                {p.parties.length > 0 && (
                  <Row label="Parties here">
                    <ul className="space-y-1">
                      {p.parties.map((entry) => (
                        <li key={entry.id}>
                          <span className="font-medium">{partyNames(doc, [entry.partyId])}</span>: {PROCEEDING_ROLE_LABELS[entry.role]}{' '}
                          <Provenance fact={entry} sourceNumbers={sourceNumbers} />
                          {entry.counsel.map((c) => (
                            <p key={c.id} className="pl-3">
                              <span className="text-muted">Counsel:</span> {counselText(c)} <Provenance fact={c} sourceNumbers={sourceNumbers} />
                            </p>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </Row>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** One label → value pair of a definition list. */
function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Covenants({ doc, sourceNumbers }: Props) {
  return (
    <Section id="covenant" title={SECTION_TITLES.covenant}>
      {doc.covenants.length === 0 ? (
        <Empty>No covenant recorded.</Empty>
      ) : (
        doc.covenants.map((c) => (
          <div key={c.id} className="rounded border border-line bg-white p-3 text-sm">
            <p className="font-medium">{c.title ?? 'Untitled agreement'}</p>
            <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="text-muted">Signed</dt>
              <dd>
                {describeDate(c.signed, c.signedQualifier)}
                {c.signatureDisputed && <Badge tone="warn">signature disputed</Badge>}
                {c.validityDisputed && <Badge tone="warn">validity disputed</Badge>}
              </dd>
              {c.durationMonths !== null && (
                <>
                  <dt className="text-muted">Duration</dt>
                  <dd>{c.durationMonths} months</dd>
                </>
              )}
              {covenantEndsText(doc, c) && <Row label="Ends">{covenantEndsText(doc, c)}</Row>}
              {c.geographicScope && (
                <>
                  <dt className="text-muted">Geographic scope</dt>
                  <dd>{c.geographicScope}</dd>
                </>
              )}
              {c.restrictedActivities && (
                <>
                  <dt className="text-muted">Restricted activities</dt>
                  <dd>{c.restrictedActivities}</dd>
                </>
              )}
              {c.nonSolicitationScope && (
                <>
                  <dt className="text-muted">Non-solicitation</dt>
                  <dd>{c.nonSolicitationScope}</dd>
                </>
              )}
              {c.liquidatedDamagesClause && (
                <>
                  <dt className="text-muted">Liquidated damages clause</dt>
                  <dd>{c.liquidatedDamagesClause}</dd>
                </>
              )}
              {c.governingLaw && <Row label="Governing law">{c.governingLaw}</Row>}
              {c.forumSelectionClause && <Row label="Forum-selection clause">{c.forumSelectionClause}</Row>}
            </dl>
            <Provenance fact={c} sourceNumbers={sourceNumbers} />
            <Excerpts citations={c.citations} sourceNumbers={sourceNumbers} />

            <h3 className="mt-3 font-medium">Consideration</h3>
            {c.considerations.length === 0 ? (
              <Empty>No consideration recorded.</Empty>
            ) : (
              <ul className="space-y-2">
                {c.considerations.map((item) => (
                  <li key={item.id}>
                    {item.description}: <span className="font-medium">{considerationValue(item)}</span>
                    {item.paymentNote && <span className="text-muted"> — {item.paymentNote}</span>}{' '}
                    <Provenance fact={item} sourceNumbers={sourceNumbers} />
                    <Excerpts citations={item.citations} sourceNumbers={sourceNumbers} />
                  </li>
                ))}
              </ul>
            )}

            <h3 className="mt-3 font-medium">Terms and what the tribunal found</h3>
            {c.terms.length === 0 ? (
              <Empty>No terms recorded.</Empty>
            ) : (
              <ul className="space-y-1">
                {c.terms.map((t) => (
                  <li key={t.id}>
                    <span className="font-medium">{COVENANT_TERM_LABELS[t.kind]}:</span> {t.description} —{' '}
                    <Badge>{TERM_FINDING_LABELS[t.finding]}</Badge> <Provenance fact={t} sourceNumbers={sourceNumbers} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </Section>
  );
}

function Timeline({ doc, sourceNumbers }: Props) {
  return (
    <Section id="timeline" title={SECTION_TITLES.timeline}>
      {doc.events.length === 0 ? (
        <Empty>No events recorded.</Empty>
      ) : (
        <ol className="space-y-2 border-l-2 border-line pl-4">
          {doc.events.map((e) => (
            <li key={e.id} className="text-sm">
              <time className="font-mono font-medium" dateTime={e.occurred}>
                {describeDate(e.occurred, e.occurredQualifier)}
              </time>{' '}
              <span className="text-xs text-muted">{EVENT_KIND_LABELS[e.kind]}</span>
              <p>{e.description}</p>
              <Provenance fact={e} sourceNumbers={sourceNumbers} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function Claims({ doc, sourceNumbers }: Props) {
  return (
    <Section id="claims" title={SECTION_TITLES.claims}>
      {doc.claims.length === 0 ? (
        <Empty>No claims recorded.</Empty>
      ) : (
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>Claim</th>
                <th scope="col" className={th}>By → against</th>
                <th scope="col" className={th}>Claimed</th>
                <th scope="col" className={th}>Awarded</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>Certainty</th>
              </tr>
            </thead>
            <tbody>
              {doc.claims.map((c) => (
                <tr key={c.id} className="border-t border-line">
                  <td className={td}>
                    <span className="font-medium">{c.title}</span>
                    <br />
                    <span className="text-xs text-muted">
                      {CLAIM_KIND_LABELS[c.kind]}
                      {proceedingOf(doc, c.proceedingId) && <> · in {proceedingName(proceedingOf(doc, c.proceedingId)!)}</>}
                    </span>
                    {c.description && <p className="mt-1">{c.description}</p>}
                    {c.items && <p className="mt-1 text-xs">{itemsText(c.items)}</p>}
                  </td>
                  <td className={td}>
                    {partyNames(doc, c.claimantIds)} → {partyNames(doc, c.respondentIds)}
                  </td>
                  <td className={td}>
                    {formatMoney(c.amount)}
                    {c.amountNote && <p className="text-xs text-muted">{c.amountNote}</p>}
                  </td>
                  <td className={td}>
                    <Awarded doc={doc} claimId={c.id} sourceNumbers={sourceNumbers} />
                  </td>
                  <td className={td}>{CLAIM_STATUS_LABELS[c.status]}</td>
                  <td className={td}>
                    <Provenance fact={c} sourceNumbers={sourceNumbers} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

/** Each award on a claim with its own provenance: a reported figure beside a confirmed claim says so. */
function Awarded({ doc, claimId, sourceNumbers }: { doc: CaseDocument; claimId: string; sourceNumbers: SourceNumbers }) {
  const awards = awardsOnClaim(doc, claimId);
  if (awards.length === 0) return <>—</>;
  return (
    <ul className="space-y-1">
      {awards.map(({ award, text }) => (
        <li key={award.id}>
          {text} <Provenance fact={award} sourceNumbers={sourceNumbers} />
        </li>
      ))}
    </ul>
  );
}

function EvidenceList({ doc, sourceNumbers }: Props) {
  const claimTitle = (id: string) => doc.claims.find((c) => c.id === id)?.title ?? id;
  return (
    <Section id="evidence" title={SECTION_TITLES.evidence}>
      {doc.evidence.length === 0 ? (
        <Empty>No evidence recorded.</Empty>
      ) : (
        <ul className="space-y-2">
          {doc.evidence.map((e) => (
            <li key={e.id} className="rounded border border-line bg-white p-3 text-sm">
              <p className="font-medium">{e.description}</p>
              <p className="text-xs text-muted">
                {EVIDENCE_KIND_LABELS[e.kind]} · produced by {e.producedByPartyId ? partyNames(doc, [e.producedByPartyId]) : (e.producedBy ?? 'unknown')}
                {(e.produced || e.producedQualifier) && <> · {describeDate(e.produced, e.producedQualifier)}</>}
                {' · '}
                {e.treatment ? `treated as: ${EVIDENCE_TREATMENT_LABELS[e.treatment]}` : 'treatment by the tribunal not reported'}
              </p>
              {e.finding && (
                <p className="mt-1">
                  <span className="text-muted">Finding:</span> {e.finding}
                </p>
              )}
              {e.claimIds.length > 0 && (
                <p className="mt-1 text-xs text-muted">Bears on: {e.claimIds.map(claimTitle).join('; ')}</p>
              )}
              {e.amounts.length > 0 && (
                <p className="mt-1">
                  <span className="text-muted">Amounts:</span> {e.amounts.map(evidenceAmountText).join('; ')}
                </p>
              )}
              <Provenance fact={e} sourceNumbers={sourceNumbers} />
              <Excerpts citations={e.citations} sourceNumbers={sourceNumbers} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Outcomes({ doc, sourceNumbers }: Props) {
  const claimTitle = (id: string) => doc.claims.find((c) => c.id === id)?.title ?? id;
  return (
    <Section id="outcomes" title={SECTION_TITLES.outcomes}>
      {doc.outcomes.length === 0 ? (
        <Empty>No outcome recorded.</Empty>
      ) : (
        <ul className="space-y-2">
          {doc.outcomes.map((o) => (
            <li key={o.id} className="rounded border border-line bg-white p-3 text-sm">
              <p className="font-medium">
                {OUTCOME_KIND_LABELS[o.kind]}
                {(o.decided || o.decidedQualifier) && <> · {describeDate(o.decided, o.decidedQualifier)}</>}
                {o.certainty !== 'CONFIRMED' && (
                  <span className="ml-2 uppercase tracking-wide text-amber-800">{o.certainty.toLowerCase()}</span>
                )}
              </p>
              {o.summary && <p className="mt-1">{o.summary}</p>}
              <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                {proceedingOf(doc, o.proceedingId) && <Row label="Proceeding">{proceedingName(proceedingOf(doc, o.proceedingId)!)}</Row>}
                {o.settlement.qualifier !== 'NOT_MONETARY' && (
                  <Row label="Settlement sum">{o.settlementConfidential ? 'confidential' : formatMoney(o.settlement)}</Row>
                )}
                {o.settlementEquity && <Row label="Settlement in equity">{equityText(o.settlementEquity)}</Row>}
                {o.bond && <Row label="Bond">{bondText(doc, o.bond)}</Row>}
                {o.awards.map((award) => (
                  <Row key={award.id} label={`Awarded: ${claimTitle(award.claimId)}`}>
                    {formatMoney(award.amount)} <Provenance fact={award} sourceNumbers={sourceNumbers} />
                  </Row>
                ))}
                {o.termsImposed.length > 0 && (
                  <Row label="Terms imposed">
                    <ul className="space-y-1">
                      {o.termsImposed.map((term) => (
                        <li key={term.id}>
                          {term.description}
                          {dueText(term) && <span className="text-muted">, {dueText(term)}</span>} <Provenance fact={term} sourceNumbers={sourceNumbers} />
                        </li>
                      ))}
                    </ul>
                  </Row>
                )}
              </dl>
              <Provenance fact={o} sourceNumbers={sourceNumbers} />
              <Excerpts citations={o.citations} sourceNumbers={sourceNumbers} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

const CONTENT_KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'text/html': 'web page',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'text/plain': 'text',
};

function Sources({ doc, snapshots }: Props & { snapshots: SnapshotSizes }) {
  const citations = allCitations(doc);
  return (
    <Section id="sources" title={SECTION_TITLES.sources}>
      {doc.sources.length === 0 ? (
        <Empty>No sources recorded.</Empty>
      ) : (
        <ol className="space-y-3 text-sm">
          {doc.sources.map((s, index) => {
            const excerpts = [...new Set(citations.filter((c) => c.sourceId === s.id && c.excerpt).map((c) => c.excerpt!))];
            return (
              <li key={s.id} id={`source-${index + 1}`} className="rounded border border-line bg-white p-3">
                <p>
                  <span className="font-mono">[{index + 1}]</span> {s.publisher && <>{s.publisher}, </>}
                  {s.author && <>{s.author}, </>}
                  {s.url ? (
                    <a href={s.url} className="text-brand underline" rel="noreferrer noopener">
                      {s.title}
                    </a>
                  ) : (
                    <cite>{s.title}</cite>
                  )}
                  {s.published && <>, {describeDate(s.published, s.publishedQualifier)}</>}
                  {s.language && <span className="text-muted"> · language: {s.language}</span>}
                  {s.languageNote && <span className="text-muted"> ({s.languageNote})</span>}
                </p>
                {s.snapshotSha256 && <SnapshotLine sha256={s.snapshotSha256} size={snapshots[s.snapshotSha256]} />}
                {excerpts.length > 0 && (
                  <ul className="mt-2 space-y-1" aria-label={`Excerpts cited from source ${index + 1}`}>
                    {excerpts.map((excerpt) => (
                      <li key={excerpt} className="border-l-2 border-line pl-2 text-xs italic">
                        {excerpt}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

function RelatedCases({ related }: { related: Related }) {
  if (related.names.length + related.namedBy.length === 0) return null;
  const item = (link: LinkedCase, label: string) => (
    <li key={`${label}-${link.caseId}`}>
      <span className="font-medium">{label}:</span>{' '}
      <Link href={`/cases/${link.caseId}`} className="text-brand underline">
        {link.title}
      </Link>
      {link.archived && <span className="ml-1 text-xs text-muted">(archived)</span>}
      {link.note && <span className="text-muted"> — {link.note}</span>}
    </li>
  );
  return (
    <Section id="related" title={SECTION_TITLES.related}>
      <ul className="space-y-1 text-sm">
        {related.names.map((link) => item(link, RELATION_KIND_LABELS[link.kind]))}
        {related.namedBy.map((link) => item(link, RELATION_KIND_INVERSE_LABELS[link.kind]))}
      </ul>
    </Section>
  );
}

function Notes({ doc }: { doc: CaseDocument }) {
  if (doc.notes.length === 0) return null;
  return (
    <Section id="notes" title={SECTION_TITLES.notes}>
      <ul className="space-y-2 text-sm">
        {doc.notes.map((n) => (
          <li key={n.id} className="rounded border border-dashed border-line bg-white p-3">
            {n.body}
            <p className="mt-1 text-xs text-muted">{n.author ?? 'unattributed'}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The text a source was read from: its SHA-256 (what the citation's words can be checked against), size and a link to read it. */
function SnapshotLine({ sha256, size }: { sha256: string; size?: SnapshotSizes[string] }) {
  return (
    <p className="mt-1 text-xs text-muted" aria-label="Text kept of this source">
      Text kept
      {size && (
        <>
          {' '}
          ({size.characters.toLocaleString('en')} characters from a {CONTENT_KINDS[size.contentType] ?? size.contentType}
          {size.fileName && <>, {size.fileName}</>})
        </>
      )}{' '}
      · SHA-256 <code className="break-all">{sha256}</code> ·{' '}
      <a href={`/api/sources/snapshots/${sha256}`} className="text-brand underline">
        Read the text
      </a>
    </p>
  );
}
