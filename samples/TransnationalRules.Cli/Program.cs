using System.CommandLine;
using TransnationalRules.Cli;

var paths = new Argument<string[]>("PATH")
{
    Arity = ArgumentArity.OneOrMore,
    Description = "A .json file (one case or an array of cases), a .jsonl file (one case a line), a folder (its .json/.jsonl files in name order), or - for JSON Lines on standard input.",
};
var format = new Option<string>("--format")
{
    Description = "text (a readable summary per case), json (one classification or error line per case), markdown or html (a report of all cases).",
    DefaultValueFactory = _ => "text",
};
format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
var language = new Option<string>("--lang")
{
    Description = "The language of text, markdown and html: en or uk.",
    DefaultValueFactory = _ => "en",
};
language.AcceptOnlyFromAmong("en", "uk");

var detail = new Option<string>("--detail")
{
    Description = "With --format json: full (every criterion with its reasons, the default) or summary (outcomes only, DESIGN §5).",
    DefaultValueFactory = _ => "full",
};
detail.AcceptOnlyFromAmong("full", "summary");

var classify = new Command("classify", "Classify cases against UNTOC and the Ukrainian areas of counteraction to organised crime. " + Classify.ExitCodes)
{
    paths, format, language, detail,
};
classify.SetAction(parse => Classify.Run(
    parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(language)!, parse.GetValue(detail)!, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error));

var root = new RootCommand("TransnationalRules: which criteria of UNTOC and Ukrainian law a case meets, why, what is missing, and which cooperation routes each foreign State of abroad opens. " + Classify.ExitCodes) { classify };
var result = root.Parse(args);
var unknown = UnknownOptions.Find(args, result.GetResult(paths)?.Tokens.Select(t => t.Value).ToArray(), [format, language, detail]);
if (result.Errors.Count > 0 || unknown.Count > 0)
{
    // A mistyped flag (--formt) would otherwise be read as a PATH and reported as a file that does not exist.
    foreach (var message in unknown.Count > 0 ? unknown : result.Errors.Select(e => e.Message))
    {
        Console.Error.WriteLine(message);
    }

    Console.Error.WriteLine("Usage: classify PATH... [--format text|json|markdown|html] [--lang en|uk] [--detail full|summary]   (--help for more)");
    return Classify.UsageError;
}

return result.Invoke();
