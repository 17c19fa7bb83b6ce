using Scriban;

namespace Gazette.Theme;

/// <summary>What a parsed template reads from outside itself, found from its syntax before anything is rendered.</summary>
internal static class TemplateGlobals
{
    /// <summary>Whether a template's only global variable is <c>site</c> (and it calls no other partial).</summary>
    public static bool ReadsOnlySite(Template template)
    {
        var globals = new HashSet<string>(StringComparer.Ordinal);
        var loops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in Descendants(template.Page!))
        {
            switch (node)
            {
                case Scriban.Syntax.ScriptForStatement { Variable: Scriban.Syntax.ScriptVariable loopVariable }:
                    loops.Add(loopVariable.Name);
                    break;
                case Scriban.Syntax.ScriptVariableGlobal variable:
                    globals.Add(variable.Name);
                    break;
            }
        }

        globals.ExceptWith(loops);
        globals.Remove("for");
        return globals.SetEquals(["site"]);
    }

    // The nodes a template evaluates as names: a member's name (title in site.title) is parsed as a variable too, but
    // it is read from its target, not from the globals, so it is left out.
    private static IEnumerable<Scriban.Syntax.ScriptNode> Descendants(Scriban.Syntax.ScriptNode node)
    {
        yield return node;
        if (node is Scriban.Syntax.ScriptMemberExpression { Target: { } target })
        {
            foreach (var descendant in Descendants(target))
            {
                yield return descendant;
            }

            yield break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
