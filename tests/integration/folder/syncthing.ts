/**
 * Real Syncthing instances for the team folder test: each on 127.0.0.1 with its own home (made by `syncthing
 * generate`), its own listen port, every other instance's address given explicitly, and global and local discovery,
 * relays, NAT, upgrades, usage and crash reports off; one shared folder rescanned every two seconds. Debian's
 * package provides the program (`apt-get install -y syncthing`); without it the test fails and says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SyncthingInstance {
  name: string;
  deviceId: string;
  port: number;
  /** The shared folder as this instance's PC sees it. */
  folder: string;
  home: string;
}

export interface SyncthingCluster {
  instances: SyncthingInstance[];
  stop(): Promise<void>;
}

const FOLDER_ID = 'joinedup-team';

export function requireSyncthing(): void {
  const found = spawnSync('syncthing', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      'This test needs Syncthing: install it with `apt-get install -y syncthing` (see .ci/run).',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function deviceIdOf(home: string): string {
  const generated = spawnSync(
    'syncthing',
    ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'],
    {
      encoding: 'utf8',
    },
  );
  const match = /Device ID: ([A-Z0-9-]+)/.exec(`${generated.stdout}\n${generated.stderr}`);
  if (!match?.[1]) throw new Error(`syncthing generate gave no device id: ${generated.stderr}`);
  return match[1];
}

function configOf(me: SyncthingInstance, all: readonly SyncthingInstance[]): string {
  const devices = all
    .map(
      (each) =>
        `  <device id="${each.deviceId}" name="${each.name}" compression="metadata" introducer="false">\n` +
        `    <address>tcp://127.0.0.1:${each.port}</address>\n  </device>`,
    )
    .join('\n');
  const members = all.map((each) => `    <device id="${each.deviceId}"></device>`).join('\n');
  return `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Team" path="${me.folder}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
${members}
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
${devices}
  <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${me.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
`;
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `count` instances sharing one folder; `stop` ends every one of them and removes their files. */
export async function startSyncthing(count: number): Promise<SyncthingCluster> {
  requireSyncthing();
  const root = mkdtempSync(join(tmpdir(), 'joinedup-syncthing-'));
  const instances: SyncthingInstance[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `pc${index + 1}`;
    const home = join(root, name, 'home');
    const folder = join(root, name, 'Team folder');
    mkdirSync(folder, { recursive: true });
    instances.push({ name, home, folder, deviceId: deviceIdOf(home), port: await freePort() });
  }
  const children: ChildProcess[] = [];
  for (const instance of instances) {
    writeFileSync(join(instance.home, 'config.xml'), configOf(instance, instances));
    const child = spawn(
      'syncthing',
      ['serve', `--home=${instance.home}`, '--no-browser', '--no-restart', '--no-upgrade'],
      { stdio: 'ignore', env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1' } },
    );
    children.push(child);
  }
  return {
    instances,
    async stop() {
      await Promise.all(children.map(stopProcess));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
