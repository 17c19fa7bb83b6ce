using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Gazette.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from its compiled code: base types, interfaces, attributes, fields,
/// properties, signatures, locals and every type, method and field a method body touches. Compiler-made types
/// (lambdas, iterators, async state machines) count for the type they are nested in.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), string> _edges = [];

    private NamespaceGraph(string prefix, ModuleDefinition module)
    {
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!IsOurs(from, prefix))
            {
                continue;
            }

            foreach (var used in UsedBy(type))
            {
                var to = NamespaceOf(used);
                if (to != from && IsOurs(to, prefix))
                {
                    _edges.TryAdd((from, to), $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
                }
            }
        }

        Namespaces = [.. _edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Every namespace under the prefix that uses or is used by another.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>Each use of one namespace by another, with an example.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    /// <summary>Reads the graph of the namespaces under <paramref name="prefix"/> in the assembly at <paramref name="path"/>.</summary>
    public static NamespaceGraph Read(string path, string prefix)
    {
        using var module = ModuleDefinition.ReadModule(path);
        return new NamespaceGraph(prefix, module);
    }

    /// <summary>The namespaces that reach one another through uses, each cycle once, as lists.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's strongly connected components: any with more than one namespace is a cycle.
        var index = 0;
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            indices[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges.Keys.Where(e => e.From == node).Select(e => e.To))
            {
                if (!indices.TryGetValue(next, out var reached))
                {
                    Visit(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], reached);
                }
            }

            if (lowLinks[node] == indices[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in Namespaces.Where(n => !indices.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    private static bool IsOurs(string ns, string prefix) => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }

        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference used:
                        Add(used);
                        break;
                    case MethodReference called:
                        AddMethod(called);
                        break;
                    case FieldReference field:
                        Add(field.DeclaringType);
                        Add(field.FieldType);
                        break;
                }
            }
        }

        return found;
    }
}
