using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Graph.Ingest.Annotation;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Patterns;

/// <summary>
/// Reads pattern files (the language is described in docs/patterns.md): lexicon definitions
/// (<c>@name = a|b|c</c>), and named patterns — a header line <c>name:</c>, then indented sequence lines, optional
/// <c>unless @lexicon</c> / <c>unless-after @lexicon</c> lines and output lines <c>-> …</c>. Every error names the file and line.
/// </summary>
public sealed class PatternParser(Func<string, WordList?> lexicons)
{
    private static readonly Dictionary<string, uint> Kinds = new(StringComparer.Ordinal)
    {
        ["ENT"] = Bit(ElementKind.Ent),
        ["ORG"] = Bit(ElementKind.Org),
        ["PLACE"] = Bit(ElementKind.Place),
        ["CLUSTER"] = Bit(ElementKind.Cluster),
        ["PROJECT"] = Bit(ElementKind.Project),
        ["PERSON"] = Bit(ElementKind.Person),
        ["TITLE"] = Bit(ElementKind.Title),
        ["AMOUNT"] = Bit(ElementKind.Amount),
        ["PERCENT"] = Bit(ElementKind.Percent),
        ["BODY"] = Bit(ElementKind.Ent) | Bit(ElementKind.Org) | Bit(ElementKind.Place),
        ["NAMED"] = Bit(ElementKind.Ent) | Bit(ElementKind.Project) | Bit(ElementKind.Cluster),
        ["WORD"] = Bit(ElementKind.Word),
        ["TOKEN"] = Bit(ElementKind.Word),
        ["PUNCT"] = Bit(ElementKind.Punct),
    };

    private static uint Bit(ElementKind kind) => 1u << (int)kind;

    public static string EndOfPattern => "->";

    public ImmutableArray<Pattern> ParseFile(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public ImmutableArray<Pattern> Parse(IReadOnlyList<string> lines, string file)
    {
        var local = new Dictionary<string, WordList>(StringComparer.Ordinal);
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count;)
        {
            var line = StripComment(lines[i]);
            if (line.Trim().Length == 0)
            {
                i++;
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                throw Error(file, i + 1, "an indented line outside a pattern (a pattern starts with `name:` at the start of a line)");
            }

            if (line.StartsWith('@'))
            {
                var eq = line.IndexOf('=');
                if (eq < 0)
                {
                    throw Error(file, i + 1, "a lexicon is defined as `@name = word|word`");
                }

                var name = line[1..eq].Trim();
                var words = line[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (name.Length == 0 || words.Length == 0)
                {
                    throw Error(file, i + 1, "a lexicon needs a name and at least one word");
                }

                // a word `@other` takes in the words of a lexicon the file defined before (@handed-work = 生产|…|@process-work)
                local[name] = WordList.FromWords($"{file}:{i + 1}", words.SelectMany(word => word.StartsWith('@')
                    ? local.TryGetValue(word[1..], out var earlier) ? earlier.Words : throw Error(file, i + 1, $"{word} is not a lexicon defined above in this file")
                    : [CharClass.FoldWidth(word)]));
                i++;
                continue;
            }

            var header = line.TrimEnd();
            if (!header.EndsWith(':') || header.Length < 2 || header.Contains(' '))
            {
                throw Error(file, i + 1, "expected a pattern header `name:` or a lexicon `@name = …`");
            }

            var patternName = header[..^1];
            if (!names.Add(patternName))
            {
                throw Error(file, i + 1, $"pattern '{patternName}' is defined twice");
            }

            var headerLine = i + 1;
            var body = new List<(string Text, int Line)>();
            i++;
            while (i < lines.Count && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0]) || StripComment(lines[i]).Trim().Length == 0))
            {
                var text = StripComment(lines[i]).Trim();
                if (text.Length > 0)
                {
                    body.Add((text, i + 1));
                }

                i++;
            }

            patterns.Add(Build(patternName, file, headerLine, body, local));
        }

        return patterns.ToImmutable();
    }

    private Pattern Build(string name, string file, int line, List<(string Text, int Line)> body, Dictionary<string, WordList> local)
    {
        var roles = new List<string>();
        var tokens = new List<Lexeme>();
        var emits = new List<(string Text, int Line)>();
        var unless = ImmutableArray.CreateBuilder<WordList>();
        var unlessAfter = ImmutableArray.CreateBuilder<WordList>();
        var unlessSentence = ImmutableArray.CreateBuilder<WordList>();
        var source = new StringBuilder();
        foreach (var (text, number) in body)
        {
            if (text.StartsWith(EndOfPattern, StringComparison.Ordinal))
            {
                emits.Add((text[EndOfPattern.Length..].Trim(), number));
            }
            else if (text.StartsWith("unless ", StringComparison.Ordinal) || text.StartsWith("unless-after ", StringComparison.Ordinal)
                || text.StartsWith("unless-sentence ", StringComparison.Ordinal))
            {
                var (prefix, into) = text.StartsWith("unless-after ", StringComparison.Ordinal) ? ("unless-after ", unlessAfter)
                    : text.StartsWith("unless-sentence ", StringComparison.Ordinal) ? ("unless-sentence ", unlessSentence) : ("unless ", unless);
                foreach (var word in text[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    into.Add(word.StartsWith('@') ? Lexicon(word[1..], local, file, number) : throw Error(file, number, "`unless` takes @lexicons"));
                }
            }
            else if (emits.Count > 0)
            {
                throw Error(file, number, "the sequence comes before the outputs (`->` lines)");
            }
            else
            {
                tokens.AddRange(Tokenize(text, file, number));
                source.Append(source.Length > 0 ? " " : string.Empty).Append(text);
            }
        }

        if (tokens.Count == 0)
        {
            throw Error(file, line, $"pattern '{name}' has no sequence");
        }

        if (emits.Count == 0)
        {
            throw Error(file, line, $"pattern '{name}' has no output (`-> TYPE from to …`)");
        }

        var reader = new Reader(tokens, file, this, local, roles);
        var node = reader.ParseAlternatives();
        if (!reader.AtEnd)
        {
            throw Error(file, reader.Current.Line, $"unexpected '{reader.Current.Text}'");
        }

        var compiledEmits = emits.Select(e => ParseEmit(e.Text, file, e.Line, roles)).ToImmutableArray();
        var required = RequiredAtom(node);
        return new Pattern
        {
            Name = name,
            File = file,
            Line = line,
            Source = source.ToString(),
            Program = PatternCompiler.Compile(node),
            Roles = [.. roles],
            RoleMentionKinds = [.. PatternCompiler.RoleMentionKinds(node, roles.Count)],
            Emits = compiledEmits,
            Unless = unless.ToImmutable(),
            UnlessAfter = unlessAfter.ToImmutable(),
            UnlessSentence = unlessSentence.ToImmutable(),
            Required = required,
            // The required atom is looked for on its own (through the index's filter bits).
            Requirements = [.. PatternCompiler.Requirements(node).Where(r => r is not [var only] || only != required)],
        };
    }

    /// <summary>The rarest atom every match must hold: a top-level literal or lexicon first, else a typed element.</summary>
    private static Atom? RequiredAtom(PatternNode node)
    {
        var items = node is SequenceNode s ? s.Items : [node];
        var mandatory = items.Select(i => i is CaptureNode c ? c.Body : i).OfType<AtomNode>().Select(a => a.Atom).ToList();
        return mandatory.FirstOrDefault(a => a is LiteralAtom or LexiconAtom) ?? mandatory.FirstOrDefault(a => a is KindAtom or ListAtom);
    }

    private PatternEmit ParseEmit(string text, string file, int line, List<string> roles)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw Error(file, line, "an output names what it makes: `-> SUPPLIES from to`, `-> ENTITY Label role`, `-> EVENT Type key=role`");
        }

        var confidence = 0.8;
        var byProduct = false;
        var arguments = ImmutableArray.CreateBuilder<EmitArgument>();
        var attributes = ImmutableArray.CreateBuilder<KeyValuePair<string, EmitArgument>>();
        foreach (var part in parts.Skip(parts[0] is "ENTITY" or "EVENT" ? 2 : 1))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part[..eq] == "conf")
            {
                confidence = double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 1
                    ? c : throw Error(file, line, $"confidence '{part[(eq + 1)..]}' is not a number in (0, 1]");
            }
            else if (part == "by-product")
            {
                byProduct = parts[0] == "SUPPLIES"
                    ? true : throw Error(file, line, "by-product (the supplier is the firm named after the product) is a SUPPLIES option");
            }
            else if (eq > 0)
            {
                attributes.Add(KeyValuePair.Create(part[..eq], Argument(part[(eq + 1)..], file, line, roles)));
            }
            else
            {
                arguments.Add(Argument(part, file, line, roles));
            }
        }

        switch (parts[0])
        {
            case "ENTITY":
                if (parts.Length < 2 || !Enum.TryParse<NodeLabel>(parts[1], out _))
                {
                    throw Error(file, line, $"ENTITY needs a label ({string.Join(", ", Enum.GetNames<NodeLabel>())})");
                }

                return arguments.Count == 1
                    ? new PatternEmit(EmitKind.Entity, parts[1], arguments.ToImmutable(), attributes.ToImmutable(), confidence, line)
                    : throw Error(file, line, "ENTITY takes one role: `-> ENTITY Enterprise x`");
            case "EVENT":
                if (parts.Length >= 2 && Array.IndexOf(Extraction.EventLexicons.Kinds, parts[1]) < 0)
                {
                    throw Error(file, line, $"unknown event kind '{parts[1]}' ({string.Join(", ", Extraction.EventLexicons.Kinds)})");
                }

                return parts.Length >= 2
                    ? new PatternEmit(EmitKind.Event, parts[1], arguments.ToImmutable(), attributes.ToImmutable(), confidence, line)
                    : throw Error(file, line, "EVENT needs a type: `-> EVENT Signing party=a party=b`");
            default:
                if (!Enum.TryParse<RelationType>(parts[0], out _) || !char.IsUpper(parts[0][0]))
                {
                    throw Error(file, line, $"unknown output '{parts[0]}' (a relation type, ENTITY or EVENT)");
                }

                return arguments.Count == 2
                    ? new PatternEmit(EmitKind.Relation, parts[0], arguments.ToImmutable(), attributes.ToImmutable(), confidence, line, byProduct)
                    : throw Error(file, line, $"{parts[0]} takes two endpoints: `-> {parts[0]} from to`");
        }
    }

    private static EmitArgument Argument(string text, string file, int line, List<string> roles)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return new EmitArgument([], text[1..^1]);
        }

        var choices = text.Split('|');
        foreach (var choice in choices)
        {
            if (choice is not (EmitArgument.Subject or EmitArgument.Firm or EmitArgument.Topic or EmitArgument.Area or EmitArgument.Zone or EmitArgument.Cluster or EmitArgument.Host) && !roles.Contains(choice))
            {
                throw Error(file, line, $"role '{choice}' is not captured by the pattern (roles: {string.Join(", ", roles)}; or SUBJ, FIRM, TOPIC, AREA, ZONE, CLUSTER, HOST)");
            }
        }

        return new EmitArgument([.. choices]);
    }

    private FirmPlaceWords? _firmPlaces;

    /// <summary>The words a FIRMS list reads a firm's place by (firm-place-words.txt, zone-endings.txt, firm-place-leads.txt), once the first pattern needs them.</summary>
    public FirmPlaceWords? FirmPlacesRead => _firmPlaces;

    private FirmPlaceWords FirmPlaces(string file, int line) =>
        _firmPlaces ??= new FirmPlaceWords(Lexicon("firm-place-words", [], file, line), Lexicon("zone-endings", [], file, line),
            lexicons("firm-place-leads"));

    private WordList Lexicon(string name, Dictionary<string, WordList> local, string file, int line) =>
        local.TryGetValue(name, out var words) ? words
        : lexicons(name) is { } shared ? shared
        : throw Error(file, line, $"unknown lexicon '@{name}' (define it with `@{name} = a|b` or add resources/extraction/{name}.txt)");

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    public static InvalidDataException Error(string file, int line, string problem) => new($"{file}:{line}: {problem}");

    private readonly record struct Lexeme(string Text, int Line);

    private const string Operators = "{}()|?*+^$!";

    private static IEnumerable<Lexeme> Tokenize(string text, string file, int line)
    {
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw Error(file, line, "unclosed quote");
                }

                yield return new Lexeme(text[i..(close + 1)], line);
                i = close + 1;
            }
            else if (Operators.Contains(c))
            {
                yield return new Lexeme(c.ToString(), line);
                i++;
            }
            else
            {
                var start = i;
                // A role before its colon ({s:ENT}) is a lexeme of its own.
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Operators.Contains(text[i]) && text[i] != '"')
                {
                    i++;
                    if (text[i - 1] == ':' && start > 0 && text[start - 1] == '{')
                    {
                        break;
                    }
                }

                // /n* is a tag prefix: its star belongs to it (repeat a tag with (/n)*).
                if (text[start] == '/' && i < text.Length && text[i] == '*')
                {
                    i++;
                }

                yield return new Lexeme(text[start..i], line);
            }
        }
    }

    private sealed class Reader(List<Lexeme> tokens, string file, PatternParser parser, Dictionary<string, WordList> local, List<string> roles)
    {
        private int _at;

        public bool AtEnd => _at >= tokens.Count;

        public Lexeme Current => tokens[Math.Min(_at, tokens.Count - 1)];

        public PatternNode ParseAlternatives()
        {
            var options = new List<PatternNode> { ParseSequence() };
            while (!AtEnd && Current.Text == "|")
            {
                _at++;
                options.Add(ParseSequence());
            }

            return options.Count == 1 ? options[0] : new AlternativeNode(options);
        }

        private PatternNode ParseSequence()
        {
            var items = new List<PatternNode>();
            while (!AtEnd && Current.Text is not ("|" or ")" or "}"))
            {
                items.Add(ParseQuantified());
            }

            if (items.Count == 0)
            {
                throw Error(file, Current.Line, "empty sequence (an alternative, group or role with nothing in it)");
            }

            return items.Count == 1 ? items[0] : new SequenceNode(items);
        }

        private PatternNode ParseQuantified()
        {
            var node = ParsePrimary();
            while (!AtEnd && Current.Text is "?" or "*" or "+")
            {
                var op = Current.Text;
                if (op != "?" && node.CanBeEmpty)
                {
                    throw Error(file, Current.Line, $"'{op}' repeats something that can match nothing");
                }

                node = op switch
                {
                    "?" => new RepeatNode(node, 0, 1, Lazy: false),
                    "*" => new RepeatNode(node, 0, -1, Lazy: false),
                    _ => new RepeatNode(node, 1, -1, Lazy: false),
                };
                _at++;
            }

            return node;
        }

        private PatternNode ParsePrimary()
        {
            var token = tokens[_at++];
            var text = token.Text;
            switch (text)
            {
                case "(":
                    var group = ParseAlternatives();
                    Expect(")");
                    return group;
                case "{":
                    if (AtEnd || !Current.Text.EndsWith(':') || Current.Text.Length < 2)
                    {
                        throw Error(file, token.Line, "a role is written {role:…}");
                    }

                    var role = Current.Text[..^1];
                    _at++;
                    var index = roles.IndexOf(role);
                    if (index < 0)
                    {
                        roles.Add(role);
                        index = roles.Count - 1;
                    }

                    var body = ParseAlternatives();
                    Expect("}");
                    return new CaptureNode(index, body);
                case "^":
                    return new AnchorNode(Start: true);
                case "$":
                    return new AnchorNode(Start: false);
                case "!":
                    if (AtEnd)
                    {
                        throw Error(file, token.Line, "'!' needs an atom after it");
                    }

                    return ParsePrimary() is AtomNode inner
                        ? new AtomNode(new NotAtom(inner.Atom))
                        : throw Error(file, token.Line, "'!' negates a single atom (a word, @lexicon, /tag or TYPE)");
                case ")" or "}" or "|" or "?" or "*" or "+":
                    throw Error(file, token.Line, $"unexpected '{text}'");
            }

            if (text[0] == '~')
            {
                return int.TryParse(text[1..], out var max) && max is >= 1 and <= 20
                    ? new RepeatNode(new AtomNode(new KindAtom("ANY", KindAtom.AnyKind)), 0, max, Lazy: true)
                    : throw Error(file, token.Line, $"a gap is ~N with N from 1 to 20, not '{text}'");
            }

            if (text == "PRODUCT")
            {
                // A noun, then more nouns or 、-joined nouns: a repetition, so the matcher can give back its last words.
                var noun = new AtomNode(new NounAtom());
                var more = new SequenceNode([new RepeatNode(new AtomNode(new LiteralAtom("、")), 0, 1, Lazy: false), noun]);
                return new SequenceNode([noun, new RepeatNode(more, 0, -1, Lazy: false)]);
            }

            return new AtomNode(AtomOf(text, token.Line));
        }

        private Atom AtomOf(string text, int line)
        {
            if (text[0] == '"')
            {
                return text.Length > 2 ? new LiteralAtom(text[1..^1]) : throw Error(file, line, "empty literal");
            }

            if (text[0] == '@')
            {
                return new LexiconAtom(text[1..], parser.Lexicon(text[1..], local, file, line));
            }

            if (text[0] == '/' && text.Length > 1)
            {
                return text.EndsWith('*') ? new PosAtom(text[1..^1], prefix: true) : new PosAtom(text[1..], prefix: false);
            }

            if (text.All(c => c is >= 'A' and <= 'Z'))
            {
                if (text == "ANY")
                {
                    return new KindAtom(text, KindAtom.AnyKind);
                }

                if (Kinds.TryGetValue(text, out var kinds))
                {
                    return new KindAtom(text, kinds);
                }

                if (text.EndsWith('S') && Kinds.TryGetValue(text[..^1], out kinds))
                {
                    return new ListAtom(text, kinds);
                }

                if (text == "FIRMS")
                {
                    return new ListAtom(text, Kinds["ENT"], parser.FirmPlaces(file, line));
                }

                if (text == "BODIES")
                {
                    return new ListAtom(text, Kinds["BODY"]);
                }

                throw Error(file, line, $"unknown element type '{text}' (ENT ORG PLACE CLUSTER PROJECT PERSON TITLE AMOUNT PERCENT PRODUCT BODY WORD ANY, plural for lists)");
            }

            return new LiteralAtom(text);
        }

        private void Expect(string text)
        {
            if (AtEnd || Current.Text != text)
            {
                throw Error(file, AtEnd ? tokens[^1].Line : Current.Line, $"expected '{text}'");
            }

            _at++;
        }
    }
}
