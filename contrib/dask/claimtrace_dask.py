#!/usr/bin/env python3
"""Map claimtrace over a JSON Lines dump on a Dask cluster.

    python3 claimtrace_dask.py --scheduler tcp://head:8786 --out results/ dump/*.jsonl.gz
    find dump -name '*.jsonl' | python3 claimtrace_dask.py --scheduler-file ~/sched.json \\
        --files-from - --out results/ --id-field id --date-field published

The driver reads the inputs once to cut them into partitions of --block-size records
(whole lines; small files share a partition). Each partition runs on a worker as

    claimtrace extract --input-format jsonl --format jsonl --quiet --jobs 1 -

with the partition's lines on stdin, and is written to OUT/part-00000.jsonl, ... : one
result per input line, in input order, with `source.path` and `source.record` those of
the input file and line (as `claimtrace extract --input-format jsonl FILES` writes them),
so `cat OUT/part-*.jsonl` is byte for byte the output of one local run over the same
files. OUT/_partitions.json says which lines of which file each part holds; OUT/_SUCCESS
is written when every part is.

Every worker must see the inputs and OUT at the same absolute paths (a shared file
system) and be able to run claimtrace (--claimtrace, default `claimtrace` on its PATH).
A part is written to a hidden temporary file and renamed, so a part file is always whole.
A partition that fails (claimtrace crashed, a file could not be read) is retried
--retries times; a partition whose worker dies is rerun elsewhere by Dask. Exit status:
0 every part written (error records, e.g. a line that is not JSON, are results like any
other), 1 some partition failed after its retries (no _SUCCESS; --resume retries only
those), 2 usage error or a check before the run failed, 130 interrupted.

Needs Python 3.9+ with dask.distributed (Debian: apt-get install python3-distributed
python3-dask), the same Python as the workers.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import threading
import time
import uuid

PROG = 'claimtrace_dask'
EXTRACT = ['extract', '--input-format', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1']
PLAN_FILE = '_partitions.json'
SUCCESS_FILE = '_SUCCESS'
READ_CHUNK = 1 << 20


class UsageError(Exception):
    """A problem found before any partition runs: exit 2 with the message."""


# ---------------------------------------------------------------- planning (client)

def is_gzip(path: str) -> bool:
    """Gzip by its magic bytes, whatever the name, as claimtrace decides."""
    with open(path, 'rb') as f:
        return f.read(2) == b'\x1f\x8b'


def records_in_line(line: bytes) -> int:
    """claimtrace's records in one physical line: Node's readline also ends a line at a lone CR."""
    if b'\r' not in line:
        return 1
    body = line[:-1] if line.endswith(b'\n') else line
    if body.endswith(b'\r'):
        body = body[:-1]
    return body.count(b'\r') + 1


def plan_partitions(paths: list[str], block_size: int) -> list[dict]:
    """Cuts the inputs, in order, into partitions of about block_size records (whole lines).

    A partition is a list of segments: a run of lines of one file, by uncompressed byte
    offset and length, with the file's record number of its first line.
    """
    partitions: list[list[dict]] = [[]]
    filled = 0
    for path in paths:
        absolute = os.path.abspath(path)
        try:
            if os.path.isdir(absolute):
                raise UsageError(f'{path} is a directory: give its files (dir/*.jsonl) or --files-from')
            compressed = is_gzip(absolute)
            size = os.path.getsize(absolute)
            opener = gzip.open if compressed else open
            with opener(absolute, 'rb') as f:
                segment = None
                offset = 0
                record = 1
                for line in f:
                    if segment is None:
                        segment = {'path': path, 'open': absolute, 'size': size, 'gzip': compressed,
                                   'offset': offset, 'length': 0, 'firstRecord': record, 'records': 0, 'addNewline': False}
                        partitions[-1].append(segment)
                    count = records_in_line(line)
                    segment['length'] += len(line)
                    segment['records'] += count
                    segment['addNewline'] = not line.endswith(b'\n')
                    offset += len(line)
                    record += count
                    filled += count
                    if filled >= block_size:
                        partitions.append([])
                        filled = 0
                        segment = None
        except UsageError:
            raise
        except (OSError, EOFError) as error:
            raise UsageError(f'cannot read {path}: {getattr(error, "strerror", None) or error}') from None
    if not partitions[-1]:
        partitions.pop()
    return [{'part': f'part-{i:05d}.jsonl', 'segments': segments} for i, segments in enumerate(partitions)]


def read_paths(inputs: list[str], files_from: str | None) -> list[str]:
    paths = list(inputs)
    if files_from is not None:
        try:
            stream = sys.stdin if files_from == '-' else open(files_from, encoding='utf-8')
            with stream:
                paths += [line.rstrip('\r\n') for line in stream if line.strip()]
        except OSError as error:
            raise UsageError(f'cannot read --files-from {files_from}: {error.strerror}') from None
    if not paths:
        raise UsageError('no input: give JSONL files or --files-from FILE')
    return paths


# ---------------------------------------------------------------- one partition (worker)

def segment_bytes(segment: dict):
    """The segment's lines as claimtrace should read them, in chunks."""
    if os.path.getsize(segment['open']) != segment['size']:
        raise RuntimeError(f"{segment['path']} changed size since the partitions were planned")
    opener = gzip.open if segment['gzip'] else open
    with opener(segment['open'], 'rb') as f:
        f.seek(segment['offset'])
        remaining = segment['length']
        while remaining:
            chunk = f.read(min(READ_CHUNK, remaining))
            if not chunk:
                raise RuntimeError(f"{segment['path']} ended early (changed since the partitions were planned?)")
            remaining -= len(chunk)
            yield chunk
    if segment['addNewline']:
        yield b'\n'


OUTPUT_HEAD = re.compile(rb'^(\{"schemaVersion":\d+,"source":\{"path":)"-"')


def rekey(line: bytes, stdin_record: int, path: str, record: int) -> bytes:
    """claimtrace's result for stdin line stdin_record, as a run over `path` writes it for its line `record`.

    The bytes claimtrace wrote are kept (re-serialising could change number formatting);
    only source.path, source.record and the line number in an error message change, and
    the result is checked by parsing both lines.
    """
    original = json.loads(line)
    if original.get('source', {}).get('record') != stdin_record:
        raise RuntimeError(f'claimtrace result {stdin_record} is for stdin line {original.get("source", {}).get("record")}')
    rekeyed, found = OUTPUT_HEAD.subn(lambda m: m.group(1) + json.dumps(path, ensure_ascii=False).encode(), line, count=1)
    # `,"record":` (a comma before an unescaped quote) cannot occur inside a JSON string, and
    # source's fields before `record` are scalars: the first one is source.record.
    rekeyed, found_record = re.subn(rb',"record":%d(?=[,}])' % stdin_record, b',"record":%d' % record, rekeyed, count=1)
    expected = original
    expected['source']['path'] = path
    expected['source']['record'] = record
    message = original.get('error', {}).get('message', '')
    if message.startswith(f'line {stdin_record} '):
        rekeyed = re.sub(rb'("error":\{"code":"[^"\\]*","message":"line )%d ' % stdin_record, rb'\g<1>%d ' % record, rekeyed, count=1)
        expected['error']['message'] = f'line {record} ' + message[len(f'line {stdin_record} '):]
    if not found or not found_record or json.loads(rekeyed) != expected:
        raise RuntimeError(f'unexpected claimtrace output for stdin line {stdin_record}: {line[:200]!r}')
    return rekeyed


def record_keys(segments: list[dict]):
    """(path, record in the file) for each line claimtrace reads, in order."""
    for segment in segments:
        for i in range(segment['records']):
            yield segment['path'], segment['firstRecord'] + i


def run_partition(task: dict) -> dict:
    """Runs claimtrace on one partition and writes OUT/part-NNNNN.jsonl atomically; returns counts."""
    started = time.monotonic()
    part_file = os.path.join(task['out'], task['part'])
    temporary = os.path.join(task['out'], f".{task['part']}.tmp-{socket.gethostname()}-{os.getpid()}-{threading.get_ident()}")
    try:
        child = subprocess.Popen(task['command'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        raise RuntimeError(f"cannot run {shlex.join(task['command'][:1])} on {socket.gethostname()}: {error.strerror}") from None
    feed_error: list[BaseException] = []
    stderr_tail = bytearray()

    def feed() -> None:
        try:
            for segment in task['segments']:
                for chunk in segment_bytes(segment):
                    child.stdin.write(chunk)
        except BrokenPipeError:
            pass  # claimtrace stopped reading: its exit status says why
        except BaseException as error:  # noqa: BLE001 - reported by the partition
            feed_error.append(error)
        finally:
            try:
                child.stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr() -> None:
        for chunk in iter(lambda: child.stderr.read(65536), b''):
            stderr_tail.extend(chunk)
            del stderr_tail[:-8192]

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_stderr, daemon=True)]
    for thread in threads:
        thread.start()
    results = errors = 0
    first_errors: list[str] = []
    keys = record_keys(task['segments'])
    try:
        with open(temporary, 'wb') as out:
            for line in child.stdout:
                key = next(keys, None)
                if key is None:
                    raise RuntimeError('claimtrace wrote more results than the partition has lines')
                results += 1
                rekeyed = rekey(line.rstrip(b'\n'), results, *key)
                if b'"error":{"code":' in rekeyed and 'error' in (parsed := json.loads(rekeyed)):
                    errors += 1
                    if len(first_errors) < 3:
                        first_errors.append(f"{key[0]}:{key[1]}: {parsed['error']['message']} ({parsed['error']['code']})")
                out.write(rekeyed + b'\n')
            status = child.wait()
            for thread in threads:
                thread.join()
            if feed_error:
                raise RuntimeError(f'reading the partition failed: {feed_error[0]}')
            if status not in (0, 1):  # 1: some records are error records, which are results
                tail = stderr_tail.decode('utf-8', 'replace').strip()
                raise RuntimeError(f'claimtrace exited with status {status} on {socket.gethostname()}: {tail or "(no message)"}')
            expected = sum(segment['records'] for segment in task['segments'])
            if results != expected:
                raise RuntimeError(f'claimtrace wrote {results} results for {expected} lines')
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, part_file)
    except BaseException:
        if child.poll() is None:
            child.kill()
        child.wait()
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise
    try:
        from distributed import get_worker
        worker = get_worker().address
    except (ImportError, ValueError):
        worker = socket.gethostname()
    return {'part': task['part'], 'records': results, 'errors': errors, 'firstErrors': first_errors,
            'seconds': round(time.monotonic() - started, 1), 'worker': worker}


def check_worker(command: list[str], first_input: str, out: str) -> dict:
    """Runs on every worker before the job: can it run claimtrace, read the inputs, write OUT?"""
    problems = []
    version = None
    try:
        done = subprocess.run([*command, '--version'], capture_output=True, timeout=120)
        if done.returncode == 0:
            version = done.stdout.decode().strip()
        else:
            problems.append(f'`{shlex.join(command)} --version` exited with status {done.returncode}: {done.stderr.decode(errors="replace").strip()[:300]}')
    except (OSError, subprocess.TimeoutExpired) as error:
        problems.append(f'cannot run `{shlex.join(command)}`: {getattr(error, "strerror", None) or error} (install claimtrace on every worker, or pass --claimtrace)')
    if not os.access(first_input, os.R_OK):
        problems.append(f'cannot read {first_input} (inputs must be at the same path on every worker)')
    if not os.access(out, os.W_OK):
        problems.append(f'cannot write to {out} (--out must be at the same path on every worker)')
    return {'host': socket.gethostname(), 'version': version, 'problems': problems}


# ---------------------------------------------------------------- the run (client)

def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog='claimtrace_dask.py', description=__doc__.split('\n\n')[0],
                                     epilog='See "On a cluster" in claimtrace\'s README.')
    parser.add_argument('inputs', nargs='*', metavar='INPUT', help='JSON Lines files (.gz read transparently)')
    parser.add_argument('--files-from', metavar='FILE', help='read input paths from FILE, one per line (- for stdin)')
    parser.add_argument('--out', required=True, metavar='DIR', help='output folder: must not exist or be empty (see --resume)')
    where = parser.add_mutually_exclusive_group()
    where.add_argument('--scheduler', metavar='ADDRESS', default=os.environ.get('DASK_SCHEDULER_ADDRESS'),
                       help='the Dask scheduler, e.g. tcp://head:8786 (default: $DASK_SCHEDULER_ADDRESS)')
    where.add_argument('--scheduler-file', metavar='FILE', help='the file `dask scheduler --scheduler-file` wrote')
    parser.add_argument('--claimtrace', default='claimtrace', metavar='COMMAND',
                        help='how workers run claimtrace, e.g. "node /opt/claimtrace/bin/claimtrace.js" (default: claimtrace)')
    parser.add_argument('--block-size', type=int, default=500, metavar='N', help='records per partition (default 500)')
    parser.add_argument('--retries', type=int, default=2, metavar='N', help='times a failed partition is retried (default 2)')
    parser.add_argument('--workers', type=int, default=1, metavar='N', help='wait until N workers are connected (default 1)')
    parser.add_argument('--wait', type=float, default=60, metavar='SECONDS', help='for the scheduler and --workers (default 60)')
    parser.add_argument('--resume', action='store_true', help='finish a run that stopped: keep the parts already in DIR, run the rest')
    parser.add_argument('-q', '--quiet', action='store_true', help='no line per partition; the summary and errors still')
    for option in ('--text-field', '--id-field', '--date-field', '--reference-date', '--timeout', '--max-bytes', '--tagger'):
        parser.add_argument(option, metavar='VALUE', help=f'passed to claimtrace extract {option}')
    args = parser.parse_args(argv)
    if args.block_size < 1 or args.retries < 0 or args.workers < 1:
        parser.error('--block-size and --workers must be at least 1, --retries at least 0')
    if not args.scheduler and not args.scheduler_file:
        parser.error('give --scheduler ADDRESS or --scheduler-file FILE (or set DASK_SCHEDULER_ADDRESS)')
    return args


def extract_command(args: argparse.Namespace) -> list[str]:
    command = shlex.split(args.claimtrace) + EXTRACT
    for option in ('text_field', 'id_field', 'date_field', 'reference_date', 'timeout', 'max_bytes', 'tagger'):
        if getattr(args, option) is not None:
            command += ['--' + option.replace('_', '-'), getattr(args, option)]
    return command + ['-']


def write_atomically(path: str, text: str) -> None:
    temporary = f'{path}.tmp-{os.getpid()}'
    with open(temporary, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(temporary, path)


def parts_written(out: str, plan: dict, resume: bool) -> set[str] | None:
    """Checks OUT before anything runs: None when it is new or empty; with --resume, the parts
    already written there by this very plan."""
    if not (os.path.isdir(out) and os.listdir(out)):
        return None
    if not resume:
        raise UsageError(f'{out} exists and is not empty: give a new folder, or --resume to finish the run that wrote it')
    try:
        with open(os.path.join(out, PLAN_FILE), encoding='utf-8') as f:
            previous = json.load(f)
    except (OSError, ValueError):
        raise UsageError(f'{out} has no readable {PLAN_FILE}: it was not written by this driver') from None
    if {**previous, 'claimtrace': None} != {**plan, 'claimtrace': None}:
        raise UsageError(f'{out} holds a run with other inputs, options or block size: --resume needs the same command')
    return {p['part'] for p in plan['partitions'] if os.path.exists(os.path.join(out, p['part']))}


def create_out(out: str, plan: dict) -> None:
    try:
        os.makedirs(out, exist_ok=True)
    except OSError as error:
        raise UsageError(f'cannot create {out}: {error.strerror}') from None
    write_atomically(os.path.join(out, PLAN_FILE), json.dumps(plan, indent=1) + '\n')


def connect(args: argparse.Namespace):
    from distributed import Client
    try:
        if args.scheduler_file:
            client = Client(scheduler_file=args.scheduler_file, timeout=args.wait)
        else:
            client = Client(args.scheduler, timeout=args.wait)
    except (OSError, TimeoutError) as error:
        where = args.scheduler_file or args.scheduler
        raise UsageError(f'cannot reach the Dask scheduler ({where}) within {args.wait:g} s: {error}') from None
    try:
        client.wait_for_workers(args.workers, timeout=args.wait)
    except (TimeoutError, OSError):
        client.close()
        raise UsageError(f'fewer than {args.workers} Dask workers connected within {args.wait:g} s') from None
    return client


def check_workers(client, command: list[str], first_input: str, out: str) -> None:
    reports = client.run(check_worker, command, first_input, out)
    problems = [f'worker {address} ({r["host"]}): {p}' for address, r in reports.items() for p in r['problems']]
    versions = {r['version'] for r in reports.values() if r['version']}
    if len(versions) > 1:
        problems.append('workers run different claimtrace versions: ' + ', '.join(f'{r["version"]} on {a}' for a, r in reports.items()))
    if problems:
        raise UsageError('\n'.join(problems))


def log(message: str) -> None:
    print(f'{PROG}: {message}', file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    paths = read_paths(args.inputs, args.files_from)
    command = extract_command(args)
    partitions = plan_partitions(paths, args.block_size)
    out = os.path.abspath(args.out)
    # The claimtrace command may change on --resume (a fixed path); what it is asked may not.
    plan = {'claimtrace': args.claimtrace, 'extract': command[len(shlex.split(args.claimtrace)):], 'blockSize': args.block_size,
            'partitions': [{'part': p['part'], 'segments': [
                {k: s[k] for k in ('path', 'firstRecord', 'records', 'offset', 'length', 'size')} for s in p['segments']]}
                for p in partitions]}
    done = parts_written(out, plan, args.resume)
    if os.path.exists(os.path.join(out, SUCCESS_FILE)):
        log(f'{args.out} is already complete ({SUCCESS_FILE} is there)')
        return 0
    todo = [p for p in partitions if p['part'] not in (done or ())]
    records = sum(s['records'] for p in partitions for s in p['segments'])
    log(f'{records} records in {len(partitions)} partition{"s"[:len(partitions) != 1]} of up to {args.block_size}'
        + (f'; {len(done)} already written, {len(todo)} to run' if done else ''))
    client = connect(args)  # before OUT is made: a run that never started leaves nothing behind
    failed: list[str] = []
    errors = 0
    try:
        if done is None:
            create_out(out, plan)
        try:
            check_workers(client, shlex.split(args.claimtrace), os.path.abspath(paths[0]), out)
        except UsageError:
            if done is None:  # nothing ran: leave no folder that a corrected command would refuse
                os.remove(os.path.join(out, PLAN_FILE))
                if not os.listdir(out):
                    os.rmdir(out)
            raise
        from distributed import as_completed
        token = uuid.uuid4().hex[:8]
        tasks = [{'part': p['part'], 'segments': p['segments'], 'out': out, 'command': command} for p in todo]
        futures = client.map(run_partition, tasks, key=[f"claimtrace-{t['part'][:-6]}-{token}" for t in tasks],
                             retries=args.retries, pure=False)
        part_of = {f.key: t['part'] for f, t in zip(futures, tasks)}
        for count, future in enumerate(as_completed(futures), 1):
            try:
                stats = future.result()
            except Exception as error:  # noqa: BLE001 - one failed partition does not stop the others
                failed.append(part_of[future.key])
                log(f'{part_of[future.key]} failed (tried up to {args.retries + 1} times): {type(error).__name__}: {error}')
                continue
            finally:
                future.release()
            errors += stats['errors']
            for line in stats['firstErrors']:
                log(f'  {line}')
            if not args.quiet:
                log(f"{stats['part']}: {stats['records']} records, {stats['errors']} error records, "
                    f"{stats['seconds']} s on {stats['worker']} [{count}/{len(tasks)}]")
    finally:
        client.close()
    for name in os.listdir(out):  # temporary parts of workers that died while writing
        if name.startswith('.part-') and '.tmp-' in name:
            try:
                os.remove(os.path.join(out, name))
            except OSError:
                pass
    seconds = time.monotonic() - started
    if failed:
        log(f'{len(failed)} of {len(partitions)} partitions failed ({", ".join(sorted(failed))}); '
            f'no {SUCCESS_FILE}; the same command with --resume runs only those')
        return 1
    open(os.path.join(out, SUCCESS_FILE), 'w').close()
    log(f'{records} records in {len(partitions)} parts ({errors} error records in this run) written to {args.out} in {seconds:.1f} s')
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except UsageError as error:
        log(str(error))
        return 2
    except KeyboardInterrupt:
        log('interrupted: parts already written stay; the same command with --resume finishes the run')
        return 130


if __name__ == '__main__':
    sys.exit(main())
