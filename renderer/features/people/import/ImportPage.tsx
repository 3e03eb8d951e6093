import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import { parseCsv, planImport, type CsvTable } from '../../../../shared/people/csv';
import {
  CSV_FIELDS,
  CSV_FIELD_LABELS,
  guessMapping,
  type CsvField,
} from '../../../../shared/people/csvFields';
import { WriteError } from '../../../db/writer';
import { Banner } from '../../../ui/Banner';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportReport } from './ImportReport';
import { ColumnsSummary, LeftOutWarning } from './ColumnsSummary';
import { importMembers } from './importCommands';
import { PeopleNav } from '../PeopleNav';
import { readFileText } from './readFileText';
import { useAgencies } from '../../../app/data/useAgencies';
import { useMembers } from '../../../app/data/useMembers';
import { FieldError, fieldClass, fieldIds } from '../../../ui/forms/Field';

const PREVIEW_ROWS = 5;

interface Loaded {
  fileName: string;
  table: CsvTable;
  mapping: (CsvField | null)[];
}

function isCsvField(value: string): value is CsvField {
  return (CSV_FIELDS as readonly string[]).includes(value);
}

/**
 * Bring people in from a CSV file: choose the file, check which field each column holds, see every row that
 * cannot be added and why, then confirm. Nothing is saved before the confirm button.
 */
export function ImportPage() {
  const writer = useWriter();
  const members = useMembers();
  const agencies = useAgencies();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();

  const plan = useMemo(
    () =>
      loaded && members && agencies ? planImport(loaded.table, loaded.mapping, members, agencies) : null,
    [loaded, members, agencies],
  );
  const doubled = useMemo(() => {
    const seen = new Set<CsvField>();
    const twice = new Set<CsvField>();
    for (const field of loaded?.mapping ?? []) if (field) (seen.has(field) ? twice : seen).add(field);
    return [...twice];
  }, [loaded]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setDone(null);
    setSaveError(null);
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setFileError('The file could not be read. Check it is not open in another program, then try again.');
      setLoaded(null);
      return;
    }
    const parsed = parseCsv(text);
    if (!parsed.ok) {
      setFileError(parsed.message);
      setLoaded(null);
      return;
    }
    setFileError(null);
    setLoaded({ fileName: file.name, table: parsed.table, mapping: guessMapping(parsed.table.headers) });
  };

  const confirm = async () => {
    if (!plan) return;
    setSaving(true);
    try {
      const result = await importMembers(writer, plan);
      const agencyWords =
        result.agenciesAdded > 0
          ? ` and ${result.agenciesAdded} new ${result.agenciesAdded === 1 ? 'agency' : 'agencies'}`
          : '';
      setDone(
        `${result.added} ${result.added === 1 ? 'person was' : 'people were'} added to the directory${agencyWords}.`,
      );
      setLoaded(null);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      setSaveError(`${error.message} Nobody was added.`);
    } finally {
      setSaving(false);
    }
  };

  const ready = plan?.ready.length ?? 0;
  const fileIds = fieldIds(inputId, { error: fileError ?? undefined });
  return (
    <>
      <PageHeader title="Bring people in" />
      <PeopleNav current="import" />
      {done && (
        <Banner tone="success" live>
          <p>
            {done} <a href={hrefFor('people')}>See the directory</a>.
          </p>
        </Banner>
      )}
      {saveError && (
        <Banner tone="error" live>
          <p>{saveError}</p>
        </Banner>
      )}
      <p>
        Add several people at once from a spreadsheet saved as CSV: one row per person, with a heading row.
        You will see every row that cannot be added, and why, before anything is saved.
      </p>
      <div className={fieldClass(fileError)}>
        <label htmlFor={inputId}>Choose a CSV file</label>
        <FieldError id={fileIds.errorId} message={fileError} live />
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileIds.describedBy}
          onChange={(event) => void choose(event)}
        />
      </div>
      {loaded && plan && (
        <>
          <section aria-labelledby="columns-heading">
            <h2 id="columns-heading">Check the columns in {loaded.fileName}</h2>
            <p>
              We guessed what each column holds from its heading. Change any guess that is wrong, and choose
              what a column we could not place holds.
            </p>
            <div className="table-scroll">
              <table className="data-table import-preview">
                <caption className="visually-hidden">
                  The first rows of the file, with the field for each column
                </caption>
                <thead>
                  <tr>
                    {loaded.table.headers.map((header, column) => (
                      <th key={column} scope="col">
                        <label htmlFor={`column-${column}`}>{header}</label>
                        <select
                          id={`column-${column}`}
                          value={loaded.mapping[column] ?? ''}
                          onChange={(event) => {
                            const value = event.target.value;
                            const mapping = [...loaded.mapping];
                            mapping[column] = isCsvField(value) ? value : null;
                            setLoaded({ ...loaded, mapping });
                          }}
                        >
                          <option value="">Leave out</option>
                          {CSV_FIELDS.map((field) => (
                            <option key={field} value={field}>
                              {CSV_FIELD_LABELS[field]}
                            </option>
                          ))}
                        </select>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {loaded.table.rows.slice(0, PREVIEW_ROWS).map((row, index) => (
                    <tr key={index}>
                      {row.map((cell, column) => (
                        <td key={column}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {loaded.table.rows.length > PREVIEW_ROWS && (
              <p className="muted">
                Showing the first {PREVIEW_ROWS} of {loaded.table.rows.length} rows.
              </p>
            )}
          </section>
          <ColumnsSummary headers={loaded.table.headers} mapping={loaded.mapping} />
          <ImportReport plan={plan} doubled={doubled} />
          <LeftOutWarning headers={loaded.table.headers} mapping={loaded.mapping} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={saving || ready === 0 || doubled.length > 0 || plan.missingColumns.length > 0}
              onClick={() => void confirm()}
            >
              {ready === 1 ? 'Add 1 person' : `Add ${ready} people`}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setLoaded(null)}>
              Start again
            </button>
          </div>
        </>
      )}
    </>
  );
}
