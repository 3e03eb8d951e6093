/**
 * Benchmark tasks run inside the browser. Each area adds its own tasks module and spreads it in here.
 */
import { boardTasks } from './boardTasks';
import { peopleTasks } from './peopleTasks';
import { seedTasks } from './seedTasks';
import { syncTasks } from './syncTasks';

export const benchTasks = {
  ...seedTasks,
  ...syncTasks,
  ...boardTasks,
  ...peopleTasks,
};
