using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Interviews;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Cli;

/// <summary>
/// The interview command: asks, in the terminal, only what can still change the goal (the library's
/// <see cref="Interview"/>), shows the headline outcomes after each answer and keeps the case written to a file after
/// every answer, at the end, at the end of input and on Ctrl-C (SIGINT, also SIGTERM and SIGHUP). With
/// <c>--answers-from</c> it answers from a complete case and prints one line per question asked, then <c>questions: N</c>.
/// </summary>
internal static class InterviewCommand
{
    public const int Success = 0;
    public const int InvalidCase = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public const string ExitCodes = "Exit codes: 0 the interview ended (goal decided, nothing left to ask, or end of input); 1 the case file is invalid; 2 a usage error or an unreadable file; 130 interrupted (Ctrl-C), the case saved.";

    private static readonly Classifier Classifier = new(RuleSet.Default);
    private static readonly Lock SaveLock = new();

    public static int Run(string? casePath, string goalName, string language, string? outPath, string? answersFrom, string order, TextReader stdin, TextWriter stdout, TextWriter stderr, bool echo = false)
    {
        var uk = language == "uk";
        var goal = goalName switch
        {
            "transnational" => InterviewGoal.Transnational,
            "routes" => InterviewGoal.Routes,
            "all" => InterviewGoal.All,
            _ => InterviewGoal.ConventionApplies,
        };

        CaseDescription? complete = null;
        if (answersFrom is not null && !TryRead(answersFrom, stderr, out complete, out var code))
        {
            return code;
        }

        CaseDescription? start = null;
        if (casePath is not null && !TryRead(casePath, stderr, out start, out var startCode))
        {
            return startCode;
        }

        if (start is null && complete is not null)
        {
            // The figure's start: caseId and the offences' id and kind, the rest to be asked.
            start = new CaseDescription { CaseId = complete.CaseId, Offences = [.. complete.Offences.Select(o => new Offence { Id = o.Id, Kind = o.Kind })] };
        }

        var output = outPath ?? (casePath is not null ? Path.ChangeExtension(casePath, null) + "-completed.json" : answersFrom is null ? "interview.json" : null);
        if (start is null)
        {
            start = AskHeader(stdin, stdout, uk, echo);
            if (start is null)
            {
                stderr.WriteLine(uk ? "Немає справи: нічого не збережено." : "No case: nothing saved.");
                return InvalidCase;
            }
        }

        Interview interview;
        try
        {
            interview = Interview.Start(Classifier, start, goal, documentOrder: order == "document");
        }
        catch (CaseValidationException e)
        {
            foreach (var error in e.Errors)
            {
                stderr.WriteLine($"{(error.Path.Length == 0 ? "(document)" : error.Path)}: {error.Code}: {error.Message}");
            }

            return InvalidCase;
        }

        return complete is not null
            ? FromComplete(interview, complete, output, stdout, stderr)
            : Interactive(interview, output!, uk, stdin, stdout, stderr, echo);
    }

    private static int FromComplete(Interview interview, CaseDescription complete, string? output, TextWriter stdout, TextWriter stderr)
    {
        var count = 0;
        while (interview.Next is { } question)
        {
            stdout.WriteLine(question.Path);
            interview = interview.AnswerFrom(question.Path, complete);
            count++;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"questions: {count}"));
        stderr.WriteLine(Headline(interview, uk: false));
        if (output is not null)
        {
            Save(output, interview.Case);
        }

        return Success;
    }

    private static int Interactive(Interview start, string output, bool uk, TextReader stdin, TextWriter stdout, TextWriter stderr, bool echo)
    {
        var current = start;
        void SaveNow()
        {
            lock (SaveLock)
            {
                Save(output, Volatile.Read(ref current).Case);
            }
        }

        // Ctrl-C (and a closed terminal, or kill): the case so far is written before the process ends.
        var registrations = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal => PosixSignalRegistration.Create(signal, context =>
        {
            SaveNow();
            stderr.WriteLine();
            stderr.WriteLine(uk ? $"Перервано: справу збережено у {output}." : $"Interrupted: the case is saved in {output}.");
            stderr.Flush();
            Environment.Exit(Interrupted);
        })).ToList();

        try
        {
            SaveNow();
            var goal = JsonNamingPolicy.CamelCase.ConvertName(start.Goal.ToString());
            stdout.WriteLine(uk
                ? $"Опитування: мета {goal}, справа {start.Case.CaseId}. Відповіді зберігаються у {output}; Ctrl-C зберігає і завершує."
                : $"Interview: goal {goal}, case {start.Case.CaseId}. Answers are saved in {output}; Ctrl-C saves and stops.");
            stdout.WriteLine("    " + Headline(current, uk));
            var asked = 0;
            while (current.Next is { } question)
            {
                asked++;
                stdout.WriteLine();
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{asked}] {Capital(uk ? question.Label.Uk : question.Label.En)}{Offence(current.Case, question.Path)} — {question.Path}"));
                if (question.Known is { } known)
                {
                    stdout.WriteLine((uk ? "    відомо: " : "    known: ") + known);
                }

                stdout.WriteLine("    " + (uk ? question.Hint.Uk : question.Hint.En));
                while (true)
                {
                    stdout.Write("> ");
                    stdout.Flush();
                    var line = stdin.ReadLine();
                    if (echo && line is not null)
                    {
                        // Input from a file or a pipe is shown, so that the output reads as a transcript.
                        stdout.WriteLine(line);
                    }

                    if (line is null)
                    {
                        stdout.WriteLine();
                        SaveNow();
                        stdout.WriteLine(uk ? $"Кінець введення: справу збережено у {output}." : $"End of input: the case is saved in {output}.");
                        return Success;
                    }

                    if (current.TryAnswerText(question.Path, line, out var next, out var error))
                    {
                        Volatile.Write(ref current, next);
                        SaveNow();
                        break;
                    }

                    stdout.WriteLine("    " + (uk ? error.Uk : error.En));
                }

                stdout.WriteLine("    " + Headline(current, uk));
            }

            stdout.WriteLine();
            stdout.WriteLine(current.IsDecided
                ? (uk ? "Мету вирішено." : "The goal is decided.")
                : (uk ? "Більше нічого спитати, що могло б це змінити." : "Nothing is left to ask that could change it."));
            stdout.WriteLine(uk ? $"Справу збережено у {output}." : $"The case is saved in {output}.");
            return Success;
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    /// <summary>Without a case file: the case's id and its offences (id, kind), then the interview asks the rest.</summary>
    private static CaseDescription? AskHeader(TextReader stdin, TextWriter stdout, bool uk, bool echo)
    {
        var kinds = Enum.GetValues<OffenceKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())).ToArray();
        string? Ask(string prompt)
        {
            stdout.Write(prompt + " > ");
            stdout.Flush();
            var line = stdin.ReadLine()?.Trim();
            if (echo)
            {
                stdout.WriteLine(line);
            }

            return line;
        }

        string? caseId;
        do
        {
            caseId = Ask(uk ? "Ідентифікатор справи (caseId)" : "Case id (caseId)");
            if (caseId is null)
            {
                return null;
            }
        }
        while (caseId.Length == 0);

        var offences = new List<Offence>();
        while (true)
        {
            var id = Ask(uk ? $"Правопорушення {offences.Count + 1}: ідентифікатор (порожній рядок — досить)" : $"Offence {offences.Count + 1}: id (empty line when done)");
            if (id is null || (id.Length == 0 && offences.Count > 0))
            {
                break;
            }

            if (id.Length == 0 || offences.Any(o => o.Id == id))
            {
                stdout.WriteLine(uk ? "    Потрібен новий, непорожній ідентифікатор." : "    An id is needed, different from the others.");
                continue;
            }

            while (true)
            {
                var kind = Ask((uk ? "    вид: " : "    kind: ") + string.Join(", ", kinds));
                if (kind is null)
                {
                    return offences.Count == 0 ? null : Case(caseId, offences);
                }

                var i = Array.FindIndex(kinds, k => string.Equals(k, kind, StringComparison.OrdinalIgnoreCase));
                if (i >= 0)
                {
                    offences.Add(new Offence { Id = id, Kind = Enum.GetValues<OffenceKind>()[i] });
                    break;
                }

                stdout.WriteLine(uk ? "    Такого виду немає." : "    Not a kind of offence.");
            }
        }

        return offences.Count == 0 ? null : Case(caseId, offences);
    }

    private static CaseDescription Case(string caseId, List<Offence> offences) => new() { CaseId = caseId, Offences = offences };

    private static string Headline(Interview interview, bool uk)
    {
        string Word(Outcome? outcome) => outcome switch
        {
            Outcome.Met => uk ? "так" : "met",
            Outcome.NotMet => uk ? "ні" : "not met",
            _ => uk ? "не встановлено" : "unknown",
        };

        return $"transnational: {Word(interview.Classification.Transnational)} · conventionApplies: {Word(interview.Classification.ConventionApplies)}";
    }

    /// <summary>" (offence «fraud»)" for a fact of an offence of a case with more than one.</summary>
    private static string Offence(CaseDescription @case, string path)
    {
        if (@case.Offences.Count < 2 || !path.StartsWith("offences[", StringComparison.Ordinal))
        {
            return "";
        }

        var index = int.Parse(path.AsSpan(9, path.IndexOf(']', StringComparison.Ordinal) - 9), CultureInfo.InvariantCulture);
        return $" ({@case.Offences[index].Id})";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool TryRead(string path, TextWriter stderr, out CaseDescription? @case, out int code)
    {
        @case = null;
        code = Success;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot read {path}: {e.Message}");
            code = UsageError;
            return false;
        }

        var read = CaseJson.Read(bytes);
        if (read.Case is null)
        {
            stderr.WriteLine($"{path} is not a valid case:");
            foreach (var error in read.Errors)
            {
                stderr.WriteLine($"  {(error.Path.Length == 0 ? "(document)" : error.Path)}: {error.Code}: {error.Message}");
            }

            code = InvalidCase;
            return false;
        }

        @case = read.Case;
        return true;
    }

    /// <summary>Writes the case as indented JSON, through a temporary file so that a file once written is always whole.</summary>
    private static void Save(string path, CaseDescription @case)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CaseJson.Write(@case, writer);
            writer.Flush();
            stream.Write(Encoding.UTF8.GetBytes("\n"));
        }

        File.Move(temporary, path, overwrite: true);
    }
}
