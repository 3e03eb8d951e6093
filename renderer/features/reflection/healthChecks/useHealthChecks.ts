/** Every health check with its responses, oldest first; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { HealthCheck, HealthCheckResponse } from '../../../../shared/domain/reflection';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface HealthChecks {
  checks: HealthCheck[];
  responsesByCheck: Map<string, HealthCheckResponse[]>;
}

export function useHealthChecks(): HealthChecks | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const [checks, responses] = await Promise.all([
      db.rows('healthChecks').toArray(),
      db.rows('healthCheckResponses').toArray(),
    ]);
    const responsesByCheck = new Map<string, HealthCheckResponse[]>();
    for (const response of responses) {
      if (response.deleted) continue;
      const list = responsesByCheck.get(response.checkId) ?? [];
      list.push(response);
      responsesByCheck.set(response.checkId, list);
    }
    return {
      checks: checks.filter((check) => !check.deleted).sort((a, b) => a.opensOn.localeCompare(b.opensOn)),
      responsesByCheck,
    };
  }, [db]);
}
