using Scriban;
using Scriban.Syntax;

namespace Gazette.Theme;

/// <summary>What a parsed template reads from outside itself, found from its syntax before anything is rendered.</summary>
internal static class TemplateGlobals
{
    /// <summary>
    /// Whether the only global variable a template reads is <c>site</c>: besides it, it names only its own loop
    /// variables inside their loops, and <c>for</c> (it calls no other partial and no function).
    /// </summary>
    public static bool ReadsOnlySite(Template template)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        Collect(template.Page!, new HashSet<string>(StringComparer.Ordinal), read);
        read.Remove("for");
        return read.SetEquals(["site"]);
    }

    // Adds the global names the node reads to 'read', leaving out those a loop around it binds. A member's name (title
    // in site.title) is parsed as a variable too, but is read from its target, not from the globals.
    private static void Collect(ScriptNode node, IReadOnlySet<string> bound, HashSet<string> read)
    {
        switch (node)
        {
            case ScriptVariableGlobal variable:
                if (!bound.Contains(variable.Name))
                {
                    read.Add(variable.Name);
                }

                return;
            case ScriptMemberExpression member:
                if (member.Target is { } target)
                {
                    Collect(target, bound, read);
                }

                return;
            case ScriptForStatement { Variable: ScriptVariable loopVariable } loop:
                // The loop's variable is bound in its body only: the iterator and the else branch read the global.
                var inside = new HashSet<string>(bound, StringComparer.Ordinal) { loopVariable.Name };
                foreach (var child in Children(loop).Where(c => !ReferenceEquals(c, loop.Variable)))
                {
                    Collect(child, ReferenceEquals(child, loop.Body) ? inside : bound, read);
                }

                return;
        }

        foreach (var child in Children(node))
        {
            Collect(child, bound, read);
        }
    }

    private static IEnumerable<ScriptNode> Children(ScriptNode node) =>
        Enumerable.Range(0, node.ChildrenCount).Select(node.GetChildren).OfType<ScriptNode>();
}
