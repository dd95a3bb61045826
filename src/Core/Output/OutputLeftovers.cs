using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DeepExam.Output;

/// <summary>
/// What interrupted runs leave beside an output folder, and how the next run settles it while it holds
/// the output's lock (so no live run of this program owns any of it):
/// <list type="bullet">
/// <item><c>.NAME.staging-TAG</c> alone: a run killed before it finished; removed.</item>
/// <item><c>.NAME.old-TAG</c> with no NAME: a run replacing NAME killed between its two renames; the
/// earlier results are moved back (the rename of the new results is the commit point, and it had not
/// happened), and the staging folder is removed.</item>
/// <item><c>.NAME.old-TAG</c> beside NAME: killed after the new results were in place; the earlier
/// results are removed, as that run would have.</item>
/// <item><c>.NAME.trash-TAG</c>: earlier results half removed; the removal is finished.</item>
/// </list>
/// TAG names the run (<see cref="RunOwner"/>); older versions named these folders with a GUID, and
/// those are settled the same way. Each step is said in a notice.
/// </summary>
public static partial class OutputLeftovers
{
    public const string Staging = "staging", Old = "old", Trash = "trash";

    [GeneratedRegex(@"^(staging|old|trash)-(p\d+-t\d+-\d+|[0-9a-f]{32})$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverPattern();

    public static string PathOf(string target, string kind, RunOwner owner) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{kind}-{owner.Tag}");

    /// <param name="target">The output folder (its real parent and its name).</param>
    /// <param name="inputs">Real paths of the run's inputs: nothing that is, holds or lies in one is touched.</param>
    public static ImmutableArray<string> Settle(string target, IReadOnlyList<string> inputs)
    {
        var parent = Path.GetDirectoryName(target)!;
        var prefix = $".{Path.GetFileName(target)}.";
        var byTag = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, prefix + "*"))
        {
            var name = Path.GetFileName(path);
            var m = LeftoverPattern().Match(name[prefix.Length..]);
            if (!m.Success || new FileInfo(path).LinkTarget is not null || !Directory.Exists(path)) continue;
            var tag = m.Groups[2].Value;
            if (!byTag.TryGetValue(tag, out var kinds)) byTag[tag] = kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            kinds[m.Groups[1].Value] = path;
        }

        var notices = ImmutableArray.CreateBuilder<string>();
        foreach (var (tag, kinds) in byTag)
        {
            var owner = RunOwner.Parse(tag);
            var who = owner is null ? "an earlier version of this program" : $"process {owner.ProcessId}";
            if (owner is { IsAlive: true, IsThisProcess: false })
            {
                // Only possible where the lock does not work (some network file systems): never take a live run's folders.
                notices.Add($"left {string.Join(", ", kinds.Values.Select(Path.GetFileName))} alone: {who}, which is writing it, is still running");
                continue;
            }
            var touching = kinds.Values.FirstOrDefault(p => inputs.Any(i => RealPath.IsSameOrInside(p, i) || RealPath.IsSameOrInside(i, p)));
            if (touching is not null)
            {
                notices.Add($"left {Path.GetFileName(touching)} alone: it is or holds an input of this run");
                continue;
            }
            kinds.TryGetValue(Staging, out var staging);
            kinds.TryGetValue(Trash, out var trash);
            if (kinds.TryGetValue(Old, out var old))
            {
                if (!Directory.Exists(target) && !File.Exists(target))
                {
                    Directory.Move(old, target);
                    notices.Add($"restored {Path.GetFileName(target)} from {Path.GetFileName(old)}: a run replacing it ({who}) was interrupted before its new results were in place");
                }
                else if (staging is null)
                {
                    FolderRemoval.Remove(old);
                    notices.Add($"removed {Path.GetFileName(old)}, earlier results that an interrupted run ({who}) had already replaced");
                }
                else
                {
                    notices.Add($"left {Path.GetFileName(old)} alone: {Path.GetFileName(target)} was made by another run since; remove it by hand if it is not needed");
                }
            }
            if (staging is not null)
            {
                FolderRemoval.Remove(staging);
                notices.Add($"removed {Path.GetFileName(staging)}, the unfinished output of an interrupted run ({who})");
            }
            if (trash is not null)
            {
                FolderRemoval.Remove(trash);
                notices.Add($"finished removing {Path.GetFileName(trash)}, earlier results replaced by {who}");
            }
        }
        return notices.ToImmutable();
    }
}
