using SharpFuzz;
using TransnationalRules.Fuzz;

// Under afl-fuzz (tests/fuzz/run.sh): the fork server, each input on standard input. Out of process, so that a stack
// overflow or a hang is recorded as a finding instead of ending the campaign.
// With paths: replays those files (or every file of those folders) and prints any exception with its stack trace,
// to triage a finding: dotnet TransnationalRules.Fuzz.dll tests/fuzz/out/findings/default/crashes
if (args.Length > 0)
{
    return Replay.Run(args, Console.Out);
}

var buffer = new MemoryStream();
Fuzzer.OutOfProcess.Run(stream =>
{
    buffer.SetLength(0);
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
