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

var casePath = new Argument<string?>("CASE.json")
{
    Arity = ArgumentArity.ZeroOrOne,
    Description = "The case so far (one case). Without it, the case's id and its offences (id, kind) are asked first.",
};
var goal = new Option<string>("--goal")
{
    Description = "What to decide: transnational (UNTOC art. 3(2)), conventionApplies (art. 3(1), the default), routes (every cooperation route per foreign State) or all (every question of the rule set).",
    DefaultValueFactory = _ => "conventionApplies",
};
goal.AcceptOnlyFromAmong("transnational", "conventionApplies", "routes", "all");
var interviewLanguage = new Option<string>("--lang")
{
    Description = "The language of the questions: en or uk.",
    DefaultValueFactory = _ => "en",
};
interviewLanguage.AcceptOnlyFromAmong("en", "uk");
var outFile = new Option<string?>("--out")
{
    Description = "Where the completed case is written (after every answer, at the end and on Ctrl-C); default CASE-completed.json, or interview.json without CASE.json.",
};
var answersFrom = new Option<string?>("--answers-from")
{
    Description = "Answer every question from this complete case (what it does not hold: unknown); print the path of each question asked, then questions: N. Without CASE.json the interview starts from its caseId and offences (id, kind).",
};
var order = new Option<string>("--order")
{
    Description = "goal (the default: what can still change the goal, soonest first) or document (the paper-form baseline: every field in document order until the goal is decided).",
    DefaultValueFactory = _ => "goal",
};
order.AcceptOnlyFromAmong("goal", "document");
var interview = new Command("interview", "Ask only what can still change the goal, in the terminal; the case is saved as it fills in. " + InterviewCommand.ExitCodes)
{
    casePath, goal, interviewLanguage, outFile, answersFrom, order,
};
interview.SetAction(parse => InterviewCommand.Run(
    parse.GetValue(casePath), parse.GetValue(goal)!, parse.GetValue(interviewLanguage)!, parse.GetValue(outFile), parse.GetValue(answersFrom), parse.GetValue(order)!,
    Console.In, Console.Out, Console.Error, Console.IsInputRedirected));

var root = new RootCommand("TransnationalRules: which criteria of UNTOC and Ukrainian law a case meets, why, what is missing, and which cooperation routes each foreign State of abroad opens. " + Classify.ExitCodes) { classify, interview };
var result = root.Parse(args);
var unknown = UnknownOptions.Find(args, result.GetResult(paths)?.Tokens.Select(t => t.Value).ToArray(), [format, language, detail]);
if (result.Errors.Count > 0 || unknown.Count > 0)
{
    // A mistyped flag (--formt) would otherwise be read as a PATH and reported as a file that does not exist.
    foreach (var message in unknown.Count > 0 ? unknown : result.Errors.Select(e => e.Message))
    {
        Console.Error.WriteLine(message);
    }

    Console.Error.WriteLine("Usage: classify PATH... [--format text|json|markdown|html] [--lang en|uk] [--detail full|summary]");
    Console.Error.WriteLine("       interview [CASE.json] [--goal transnational|conventionApplies|routes|all] [--lang en|uk] [--out FILE] [--answers-from COMPLETE.json] [--order goal|document]   (--help for more)");
    return Classify.UsageError;
}

return result.Invoke();
