'use client';
// The parts of a case, each a section of the one editor form.
import { Section } from './editor-section';
import { blank } from '@/lib/case-document/draft';
import { COUNTRIES, subdivisionsOf } from '@/lib/jurisdictions';
import * as L from '@/lib/labels';
import { useEditor, useField, type Path } from './editor-state';
import { CheckboxField, DateField, IntegerField, ListField, MoneyField, OptionalBlock, PartyListField, SelectField, TextField } from './inputs';
import { ProvenanceEditor } from './provenance-editor';
import { RelatedCaseField } from './related-case-field';
import { RowList } from './rows';
import { SourceTextField } from './source-text';

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];

const NO_PARTIES = <p className="text-xs text-muted">Add the parties under “Parties” first.</p>;

function useChoices() {
  const { doc } = useEditor();
  return {
    parties: doc.parties.map((p, i) => [p.id, p.name || `Party ${i + 1}`] as const),
    proceedings: doc.proceedings.map((p, i) => [p.id, `${i + 1}. ${L.PROCEEDING_STAGE_LABELS[p.stage]}${p.caseNumber ? ` ${p.caseNumber}` : ''}`] as const),
    claims: doc.claims.map((c, i) => [c.id, c.title || `Claim ${i + 1}`] as const),
  };
}

export function BasicsSection() {
  const { doc, set } = useEditor();
  const country = doc.jurisdiction.country;
  const subdivisions = subdivisionsOf(country).map((s) => [s.code, `${s.name} (${s.code})`] as const);
  return (
    <Section id="basics" title="The dispute">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField path={['title']} label="Title" optional={false} className="sm:col-span-2" />
        <TextField path={['summary']} label="Summary" optional={false} multiline className="sm:col-span-2" />
        <div className="space-y-0.5">
          <label htmlFor="f-jurisdiction-country" className="block text-xs font-medium">
            Country
          </label>
          <select
            id="f-jurisdiction-country"
            className="block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm"
            value={country}
            onChange={(e) => set(['jurisdiction'], { country: e.target.value, subdivision: null })}
            aria-describedby="f-jurisdiction-country-error"
          >
            <option value="">Choose a country</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
          <CountryErrors />
        </div>
        <SelectField path={['jurisdiction', 'subdivision']} label="Subdivision" options={subdivisions} nullable="Whole country / not known" />
        <SelectField path={['status']} label="Status" options={entries(L.CASE_STATUS_LABELS)} />
        <ListField path={['tags']} label="Tags" separator="," hint="Separated by commas" />
        <CheckboxField path={['fictional']} label="Fictional (demo or training case)" />
      </div>
      <h3 className="mt-4 text-sm font-semibold">Related cases</h3>
      <RowList path={['relatedCases']} noun="Related case" make={() => ({ caseId: '', kind: 'RELATED' as const, note: null })}>
        {(row) => (
          <div className="grid gap-2 sm:grid-cols-3">
            <RelatedCaseField path={[...row, 'caseId']} />
            <SelectField path={[...row, 'kind']} label="Relation" options={entries(L.RELATION_KIND_LABELS)} />
            <TextField path={[...row, 'note']} label="Note" />
          </div>
        )}
      </RowList>
    </Section>
  );
}

function CountryErrors() {
  const field = useField<string>(['jurisdiction', 'country']);
  return (
    <div id="f-jurisdiction-country-error" aria-live="polite" className="text-xs text-rose-700">
      {field.errors?.map((e) => <p key={e}>{e}</p>)}
    </div>
  );
}

export function SourcesSection() {
  return (
    <Section id="sources" title="Sources">
      <p className="mb-2 text-xs text-muted">Reports, awards and judgments this case relies on. Facts cite them below.</p>
      <RowList path={['sources']} noun="Source" make={blank.source}>
        {(row) => (
          <div className="grid gap-2 sm:grid-cols-2">
            <TextField path={[...row, 'title']} label="Source title" optional={false} className="sm:col-span-2" />
            <TextField path={[...row, 'publisher']} label="Publisher" />
            <TextField path={[...row, 'author']} label="Author" />
            <TextField path={[...row, 'url']} label="URL" />
            <TextField path={[...row, 'language']} label="Language" hint='e.g. "en", "zh"' />
            <DateField path={[...row, 'published']} qualifierPath={[...row, 'publishedQualifier']} label="Published" />
            <TextField path={[...row, 'languageNote']} label="Language note" hint='e.g. "English machine translation of a Chinese report"' />
            <SourceTextField row={row} />
          </div>
        )}
      </RowList>
    </Section>
  );
}

export function PartiesSection() {
  const { doc } = useEditor();
  return (
    <Section id="parties" title="Parties">
      <RowList path={['parties']} noun="Party" make={blank.party}>
        {(row, index) => {
          const party = doc.parties[index];
          return (
            <>
              <div className="grid gap-2 sm:grid-cols-2">
                <TextField path={[...row, 'name']} label="Name" optional={false} />
                <TextField path={[...row, 'originalName']} label="Name in original script" hint="e.g. 常程" clears={[[...row, 'originalNameCertainty']]} />
                {party?.originalName && (
                  <SelectField
                    path={[...row, 'originalNameCertainty']}
                    label="How sure is the name in original script?"
                    options={entries(L.CERTAINTY_LABELS)}
                    nullable="Not assessed"
                    hint="e.g. Unconfirmed when a report transliterates the name back"
                  />
                )}
                <ListField path={[...row, 'aliases']} label="Other names and transliterations" hint="One per line" />
                <SelectField path={[...row, 'kind']} label="Person or organization" options={entries(L.PARTY_KIND_LABELS)} />
                {(party?.kind === 'ORGANIZATION' || party?.legalRepresentative) && (
                  <TextField
                    path={[...row, 'legalRepresentative']}
                    label="Legal representative"
                    hint="The person who legally acts for the organization, e.g. 法定代表人 杨元庆 or “Dana Whitfield (chief executive)”"
                  />
                )}
                <TextField path={[...row, 'description']} label="Description" multiline className="sm:col-span-2" />
              </div>
              <h3 className="mt-2 text-sm font-semibold">Roles in this dispute</h3>
              <RowList path={[...row, 'roles']} noun="Role" make={blank.role}>
                {(role) => (
                  <>
                    <div className="grid gap-2 sm:grid-cols-2">
                      <SelectField path={[...role, 'role']} label="Role" options={entries(L.PARTY_ROLE_LABELS)} />
                      <TextField path={[...role, 'description']} label="Role description" />
                    </div>
                    <ProvenanceEditor path={role} />
                  </>
                )}
              </RowList>
            </>
          );
        }}
      </RowList>
    </Section>
  );
}

export function ProceedingsSection() {
  const { parties } = useChoices();
  const { doc } = useEditor();
  return (
    <Section id="proceedings" title="Proceedings">
      <RowList path={['proceedings']} noun="Proceeding" make={blank.proceeding}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField
                path={[...row, 'title']}
                label="Proceeding title"
                hint="To tell proceedings apart, e.g. “Lumen’s declaratory action against Brightwater”"
                className="sm:col-span-2"
              />
              <SelectField path={[...row, 'stage']} label="Stage" options={entries(L.PROCEEDING_STAGE_LABELS)} />
              <SelectField path={[...row, 'forum', 'kind']} label="Forum kind" options={entries(L.FORUM_KIND_LABELS)} />
              <TextField path={[...row, 'forum', 'name']} label="Forum name" />
              <TextField path={[...row, 'forum', 'level']} label="Forum level" />
              <TextField path={[...row, 'forum', 'seat']} label="Seat or division" hint="e.g. “San Jose Division”, “Haidian District”" />
              <TextField path={[...row, 'caseNumber']} label="Case number" hint="e.g. (2018)粤0307民初6885号" />
              <ListField path={[...row, 'otherCaseNumbers']} label="Other case numbers" hint="One per line: the same case numbered elsewhere, e.g. “C 21-00987 XYZ”" />
              <ListField path={[...row, 'reportedCitations']} label="Reported citations" hint="One per line, e.g. “2021 Cal. Super. LEXIS 4321”" />
              <DateField path={[...row, 'filed']} qualifierPath={[...row, 'filedQualifier']} label="Filed" />
              <DateField path={[...row, 'decided']} qualifierPath={[...row, 'decidedQualifier']} label="Decided" />
            </div>
            <ProvenanceEditor path={row} />
            <h3 className="mt-2 text-sm font-semibold">Judges and arbitrators</h3>
            <RowList path={[...row, 'adjudicators']} noun="Judge or arbitrator" make={blank.adjudicator}>
              {(adjudicator) => (
                <>
                  <div className="grid gap-2 sm:grid-cols-3">
                    <TextField path={[...adjudicator, 'name']} label="Name of the judge or arbitrator" optional={false} hint="e.g. Maria Delgado" />
                    <TextField path={[...adjudicator, 'originalName']} label="Name in original script" hint="e.g. 林博" />
                    <SelectField path={[...adjudicator, 'role']} label="Role on the tribunal" options={entries(L.ADJUDICATOR_ROLE_LABELS)} />
                  </div>
                  <ProvenanceEditor path={adjudicator} />
                </>
              )}
            </RowList>
            <h3 className="mt-2 text-sm font-semibold">Parties in this proceeding</h3>
            <p className="text-xs text-muted">A party’s role here: plaintiff in one proceeding, defendant in another.</p>
            {parties.length === 0 ? (
              NO_PARTIES
            ) : (
              <RowList path={[...row, 'parties']} noun="Party in this proceeding" make={() => blank.proceedingParty(doc.parties[0]!.id)}>
                {(role) => (
                  <>
                    <div className="grid gap-2 sm:grid-cols-2">
                      <SelectField path={[...role, 'partyId']} label="Party" options={parties} />
                      <SelectField path={[...role, 'role']} label="Role in this proceeding" options={entries(L.PROCEEDING_ROLE_LABELS)} />
                    </div>
                    <ProvenanceEditor path={role} />
                    <h4 className="mt-2 text-xs font-semibold">Counsel</h4>
                    <RowList path={[...role, 'counsel']} noun="Counsel" make={blank.counsel}>
                      {(counsel) => (
                        <>
                          <div className="grid gap-2 sm:grid-cols-2">
                            <TextField path={[...counsel, 'firm']} label="Law firm" hint="e.g. Harlow & Finch LLP" />
                            <TextField path={[...counsel, 'lawyer']} label="Lawyer" hint="e.g. Jordan Harlow; the firm, the lawyer or both" />
                          </div>
                          <ProvenanceEditor path={counsel} />
                        </>
                      )}
                    </RowList>
                  </>
                )}
              </RowList>
            )}
          </>
        )}
      </RowList>
    </Section>
  );
}

export function CovenantsSection() {
  const { parties } = useChoices();
  return (
    <Section id="covenant" title="Restrictive covenant">
      <RowList path={['covenants']} noun="Covenant" make={blank.covenant}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField path={[...row, 'title']} label="Agreement title" />
              <DateField path={[...row, 'signed']} qualifierPath={[...row, 'signedQualifier']} label="Signed" />
              <IntegerField path={[...row, 'durationMonths']} label="Duration (months)" />
              <TextField path={[...row, 'geographicScope']} label="Geographic scope" />
              <TextField path={[...row, 'restrictedActivities']} label="Restricted activities or named competitors" multiline />
              <TextField path={[...row, 'nonSolicitationScope']} label="Non-solicitation scope" multiline />
              <TextField path={[...row, 'liquidatedDamagesClause']} label="Liquidated damages clause" multiline />
              <TextField path={[...row, 'governingLaw']} label="Governing law" hint="e.g. “Delaware law”, “PRC law”" />
              <TextField path={[...row, 'forumSelectionClause']} label="Forum-selection clause" multiline hint="Where disputes go, e.g. “Courts of Delaware, exclusively”" />
              <DateField path={[...row, 'ends']} qualifierPath={[...row, 'endsQualifier']} label="End date as asserted" />
              <SelectField
                path={[...row, 'endsAssertedById']}
                label="End date asserted by"
                options={parties}
                nullable="Not a party / not said"
                hint="The party whose reading of the end date this is"
              />
              <div className="space-y-1">
                <CheckboxField path={[...row, 'signatureDisputed']} label="Signature disputed" />
                <CheckboxField path={[...row, 'validityDisputed']} label="Validity disputed" />
              </div>
            </div>
            <ProvenanceEditor path={row} />
            <h3 className="mt-2 text-sm font-semibold">Consideration</h3>
            <RowList path={[...row, 'considerations']} noun="Consideration item" make={blank.consideration}>
              {(item) => (
                <>
                  <div className="grid gap-2 sm:grid-cols-2">
                    <TextField path={[...item, 'description']} label="What was given" optional={false} />
                    <TextField path={[...item, 'paymentNote']} label="Payment" hint="when, over what period" />
                    <MoneyField path={[...item, 'amount']} label="Consideration amount" className="sm:col-span-2" />
                  </div>
                  <OptionalBlock path={[...item, 'shares']} title="Shares given" addLabel="Add shares given" removeLabel="Remove the shares" make={blank.shares}>
                    <div className="grid gap-2 sm:grid-cols-3">
                      <TextField path={[...item, 'shares', 'quantity']} label="Number of shares" optional={false} hint="e.g. 12000" />
                      <TextField path={[...item, 'shares', 'shareClass']} label="Share class" hint="e.g. Class B common stock" />
                      <TextField path={[...item, 'shares', 'adjustment']} label="Split or other adjustment" hint="e.g. 24,000 after the 2-for-1 split of 2019" />
                    </div>
                  </OptionalBlock>
                  <ProvenanceEditor path={item} />
                </>
              )}
            </RowList>
            <h3 className="mt-2 text-sm font-semibold">Terms and what the tribunal found</h3>
            <RowList path={[...row, 'terms']} noun="Term" make={blank.term}>
              {(term) => (
                <>
                  <div className="grid gap-2 sm:grid-cols-3">
                    <SelectField path={[...term, 'kind']} label="Term" options={entries(L.COVENANT_TERM_LABELS)} />
                    <TextField path={[...term, 'description']} label="Term description" optional={false} />
                    <SelectField path={[...term, 'finding']} label="Finding" options={entries(L.TERM_FINDING_LABELS)} />
                  </div>
                  <ProvenanceEditor path={term} />
                </>
              )}
            </RowList>
          </>
        )}
      </RowList>
    </Section>
  );
}

export function ClaimsSection() {
  const { parties, proceedings } = useChoices();
  return (
    <Section id="claims" title="Claims">
      <RowList path={['claims']} noun="Claim" make={blank.claim}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField path={[...row, 'title']} label="Claim" optional={false} />
              <SelectField path={[...row, 'kind']} label="Claim kind" options={entries(L.CLAIM_KIND_LABELS)} />
              <TextField path={[...row, 'description']} label="Claim description" multiline className="sm:col-span-2" hint="What is claimed and why, e.g. “Brightwater says Okafor took client models to Lumen.”" />
              <PartyListField path={[...row, 'claimantIds']} label="Claimants" noun="Claimant" options={parties} hint="Everyone who brings the claim, in the order reported" />
              <PartyListField path={[...row, 'respondentIds']} label="Respondents" noun="Respondent" options={parties} hint="Everyone the claim is brought against" />
              <MoneyField path={[...row, 'amount']} label="Amount claimed" className="sm:col-span-2" />
              <TextField path={[...row, 'amountNote']} label="About the amount" />
              <SelectField path={[...row, 'status']} label="Claim status" options={entries(L.CLAIM_STATUS_LABELS)} />
              <SelectField path={[...row, 'proceedingId']} label="In proceeding" options={proceedings} nullable="—" />
            </div>
            <OptionalBlock path={[...row, 'items']} title="Items counted" addLabel="Add item counts" removeLabel="Remove the item counts" make={() => ({ noun: '', asserted: null, tried: null })}>
              <p className="text-xs text-muted">Where the number matters: “40 trade secrets asserted, 6 tried”.</p>
              <div className="grid gap-2 sm:grid-cols-3">
                <TextField path={[...row, 'items', 'noun']} label="What is counted" optional={false} hint="e.g. trade secrets, patents" />
                <IntegerField path={[...row, 'items', 'asserted']} label="Number asserted" hint="Empty if not reported" />
                <IntegerField path={[...row, 'items', 'tried']} label="Number tried" hint="Empty if not reported" />
              </div>
            </OptionalBlock>
            <ProvenanceEditor path={row} />
          </>
        )}
      </RowList>
    </Section>
  );
}

function ClaimLinks({ path }: { path: Path }) {
  const { claims } = useChoices();
  const field = useField<string[]>(path);
  if (claims.length === 0) return <p className="text-xs text-muted">No claims to link yet.</p>;
  return (
    <fieldset>
      <legend className="text-xs font-medium">Bears on claims</legend>
      {claims.map(([id, title]) => (
        <label key={id} className="mr-4 inline-flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={field.value.includes(id)}
            onChange={(e) => field.set(e.target.checked ? [...field.value, id].sort() : field.value.filter((c) => c !== id))}
          />
          {title}
        </label>
      ))}
    </fieldset>
  );
}

export function EvidenceSection() {
  const { parties, proceedings } = useChoices();
  return (
    <Section id="evidence" title="Evidence">
      <RowList path={['evidence']} noun="Evidence" make={blank.evidence}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <TextField path={[...row, 'description']} label="Evidence" optional={false} className="sm:col-span-2" />
              <SelectField path={[...row, 'kind']} label="Evidence kind" options={entries(L.EVIDENCE_KIND_LABELS)} />
              <SelectField path={[...row, 'producedByPartyId']} label="Produced by (party)" options={parties} nullable="Not a party" />
              <TextField path={[...row, 'producedBy']} label="Produced by (other)" hint="e.g. tribunal-appointed appraisal agency" />
              <DateField path={[...row, 'produced']} qualifierPath={[...row, 'producedQualifier']} label="Evidence date" />
              <TextField path={[...row, 'finding']} label="Finding" multiline />
              <SelectField path={[...row, 'treatment']} label="Treatment by the tribunal" options={entries(L.EVIDENCE_TREATMENT_LABELS)} nullable="Not reported" />
              <SelectField path={[...row, 'proceedingId']} label="In proceeding" options={proceedings} nullable="—" />
              <ClaimLinks path={[...row, 'claimIds']} />
            </div>
            <h3 className="mt-2 text-sm font-semibold">Amounts it mentions</h3>
            <RowList path={[...row, 'amounts']} noun="Amount" make={blank.evidenceAmount}>
              {(amount) => (
                <div className="grid gap-2 sm:grid-cols-3">
                  <TextField path={[...amount, 'description']} label="What the amount is" optional={false} hint="e.g. Base salary, Signing bonus" />
                  <MoneyField path={[...amount, 'amount']} label="Amount mentioned" className="sm:col-span-2" />
                </div>
              )}
            </RowList>
            <ProvenanceEditor path={row} />
          </>
        )}
      </RowList>
    </Section>
  );
}

export function EventsSection() {
  return (
    <Section id="timeline" title="Timeline">
      <RowList path={['events']} noun="Event" make={blank.event}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <DateField path={[...row, 'occurred']} qualifierPath={[...row, 'occurredQualifier']} label="Date" required />
              <SelectField path={[...row, 'kind']} label="Event kind" options={entries(L.EVENT_KIND_LABELS)} />
              <TextField path={[...row, 'description']} label="What happened" optional={false} className="sm:col-span-2" />
            </div>
            <ProvenanceEditor path={row} />
          </>
        )}
      </RowList>
    </Section>
  );
}

export function OutcomesSection() {
  const { proceedings, claims, parties } = useChoices();
  const { doc } = useEditor();
  return (
    <Section id="outcomes" title="Outcomes">
      <RowList path={['outcomes']} noun="Outcome" make={blank.outcome}>
        {(row) => (
          <>
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField path={[...row, 'kind']} label="Outcome kind" options={entries(L.OUTCOME_KIND_LABELS)} />
              <SelectField path={[...row, 'proceedingId']} label="Ends proceeding" options={proceedings} nullable="—" />
              <DateField path={[...row, 'decided']} qualifierPath={[...row, 'decidedQualifier']} label="Outcome date" />
              <TextField path={[...row, 'summary']} label="Outcome summary" optional={false} multiline className="sm:col-span-2" />
              <MoneyField path={[...row, 'settlement']} label="Settlement sum" className="sm:col-span-2" />
              <CheckboxField path={[...row, 'settlementConfidential']} label="Settlement sum confidential" />
            </div>
            <OptionalBlock
              path={[...row, 'settlementEquity']}
              title="Settlement in shares"
              addLabel="Add a settlement in shares"
              removeLabel="Remove the settlement in shares"
              make={blank.settlementEquity}
            >
              <div className="grid gap-2 sm:grid-cols-2">
                <TextField path={[...row, 'settlementEquity', 'description']} label="Shares given" optional={false} hint="e.g. Lumen Systems preferred units" />
                <TextField path={[...row, 'settlementEquity', 'shares']} label="Number of shares" hint="e.g. 150000; empty if not reported" />
                <MoneyField path={[...row, 'settlementEquity', 'valuation']} label="Valuation of the shares" className="sm:col-span-2" />
              </div>
            </OptionalBlock>
            <OptionalBlock path={[...row, 'bond']} title="Bond" addLabel="Add a bond" removeLabel="Remove the bond" make={blank.bond}>
              <p className="text-xs text-muted">The security posted for an injunction.</p>
              <div className="grid gap-2 sm:grid-cols-2">
                <MoneyField path={[...row, 'bond', 'amount']} label="Bond amount" className="sm:col-span-2" />
                <SelectField path={[...row, 'bond', 'postedById']} label="Bond posted by" options={parties} nullable="Not reported" />
                <DateField path={[...row, 'bond', 'posted']} qualifierPath={[...row, 'bond', 'postedQualifier']} label="Bond posted" />
              </div>
            </OptionalBlock>
            <ProvenanceEditor path={row} />
            <h3 className="mt-2 text-sm font-semibold">Awarded per claim</h3>
            <p className="text-xs text-muted">
              A later decision on a claim replaces an earlier one in list exports. A decision that sets an award aside without a new sum: record 0.
            </p>
            {claims.length === 0 ? (
              <p className="text-xs text-muted">No claims yet.</p>
            ) : (
              <RowList path={[...row, 'awards']} noun="Award" make={() => blank.award(doc.claims[0]!.id)}>
                {(award) => (
                  <>
                    <div className="grid gap-2 sm:grid-cols-3">
                      <SelectField path={[...award, 'claimId']} label="On claim" options={claims} />
                      <MoneyField path={[...award, 'amount']} label="Amount awarded" className="sm:col-span-2" />
                    </div>
                    <p className="text-xs text-muted">How sure this figure is, on its own: a reported sum may sit beside a confirmed claim.</p>
                    <ProvenanceEditor path={award} />
                  </>
                )}
              </RowList>
            )}
            <h3 className="mt-2 text-sm font-semibold">Terms imposed</h3>
            <p className="text-xs text-muted">What the decision or settlement requires of a party, e.g. “certifies the return of all material within 14 days”.</p>
            <RowList path={[...row, 'termsImposed']} noun="Term imposed" make={blank.imposedTerm}>
              {(term) => (
                <>
                  <div className="grid gap-2 sm:grid-cols-2">
                    <TextField path={[...term, 'description']} label="What is required" optional={false} />
                    <DateField path={[...term, 'due']} qualifierPath={[...term, 'dueQualifier']} label="Due by" />
                  </div>
                  <ProvenanceEditor path={term} />
                </>
              )}
            </RowList>
          </>
        )}
      </RowList>
    </Section>
  );
}

export function NotesSection() {
  const { doc, userEmail } = useEditor();
  return (
    <Section id="notes" title="Notes">
      <p className="mb-2 text-xs text-muted">Context worth keeping that is not part of the dispute. A note is signed: only its author changes it.</p>
      <RowList path={['notes']} noun="Note" make={blank.note} arrangeable={false}>
        {(row, index) => {
          const author = doc.notes[index]?.author ?? null;
          const theirs = author !== null && author !== userEmail;
          return (
            <TextField
              path={[...row, 'body']}
              label="Note"
              optional={false}
              multiline
              readOnly={theirs}
              hint={theirs ? `Written by ${author}: only they can change it. Add a note of your own to comment on it.` : undefined}
            />
          );
        }}
      </RowList>
    </Section>
  );
}
