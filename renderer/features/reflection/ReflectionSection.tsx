import type { SectionProps } from '../../app/router/sectionProps';
import { HealthCheckRespond } from './healthChecks/HealthCheckRespond';
import { HealthCheckResults } from './healthChecks/HealthCheckResults';
import { HealthChecksPage } from './healthChecks/HealthChecksPage';
import { MeetingMode } from './meetingMode/MeetingMode';
import { NewHealthCheckPage } from './healthChecks/NewHealthCheckPage';
import { NewSessionPage } from './sessions/NewSessionPage';
import { NotFound } from './NotFound';
import { ReflectionHome } from './ReflectionHome';
import { SessionPage } from './sessions/SessionPage';
import { SummaryPage } from './sessions/SummaryPage';
import { TemplateEditor } from './templates/TemplateEditor';
import { BuiltInTemplateView, TemplatesPage } from './templates/TemplatesPage';
import './reflection.css';

/**
 * Reflection: `#/reflection` lists sessions; `new[/from-check/<id>]` plans one; `session/<id>[/meeting|/summary]`;
 * `templates[/new|/builtin/<key>|/<id>]`; `checks[/new|/<id>[/results]]`.
 */
export function ReflectionSection({ route }: SectionProps) {
  const [page, id, sub] = route;
  switch (page) {
    case undefined:
      return <ReflectionHome />;
    case 'new':
      return <NewSessionPage key={route.join('/')} route={route.slice(1)} />;
    case 'session':
      if (!id) break;
      if (sub === 'meeting') return <MeetingMode key={id} sessionId={id} />;
      if (sub === 'summary') return <SummaryPage key={id} sessionId={id} />;
      if (sub === undefined) return <SessionPage key={id} sessionId={id} />;
      break;
    case 'templates':
      if (id === undefined) return <TemplatesPage />;
      if (id === 'new') return <TemplateEditor key="new" templateId={null} />;
      if (id === 'builtin' && sub) return <BuiltInTemplateView templateKey={sub} />;
      return <TemplateEditor key={id} templateId={id} />;
    case 'checks':
      if (id === undefined) return <HealthChecksPage />;
      if (id === 'new') return <NewHealthCheckPage />;
      if (sub === 'results') return <HealthCheckResults checkId={id} />;
      if (sub === undefined) return <HealthCheckRespond key={id} checkId={id} />;
      break;
  }
  return <NotFound what="This page" />;
}
