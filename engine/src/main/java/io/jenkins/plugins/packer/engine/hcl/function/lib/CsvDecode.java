package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * go-cty's {@code csvdecode}: the first line names the columns, every further record becomes an object of
 * strings, and the result is a list of those objects.
 */
final class CsvDecode {

    private CsvDecode() {
    }

    static Function function() {
        return FunctionSpec.builder()
                .param("str", Type.STRING)
                .returns(args -> args.get(0).isKnown() ? Type.list(rowType(header(args.get(0).asString()))) : Type.DYNAMIC)
                .impl((args, ret) -> decode(args.get(0).asString()))
                .build();
    }

    private static List<String> header(String text) throws FunctionException {
        List<String> names;
        try {
            names = new CsvReader(text, 0).read();
        } catch (CsvReader.CsvException e) {
            throw new FunctionException(e.getMessage());
        }
        if (names == null) {
            throw new FunctionException("missing header line");
        }
        List<String> seen = new ArrayList<>();
        for (String name : names) {
            if (seen.contains(name)) {
                throw new FunctionException("duplicate column name " + Quote.go(name));
            }
            seen.add(name);
        }
        return names;
    }

    private static Type rowType(List<String> names) {
        Map<String, Type> attrs = new LinkedHashMap<>();
        names.forEach(n -> attrs.put(n, Type.STRING));
        return Type.object(attrs);
    }

    private static Value decode(String text) throws FunctionException {
        List<String> names = header(text);
        CsvReader reader = new CsvReader(text, names.size());
        List<Value> rows = new ArrayList<>();
        try {
            reader.read();
            for (List<String> cols = reader.read(); cols != null; cols = reader.read()) {
                Map<String, Value> row = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    row.put(names.get(i), Value.string(cols.get(i)));
                }
                rows.add(Value.object(row));
            }
        } catch (CsvReader.CsvException e) {
            throw new FunctionException(e.getMessage());
        }
        return Value.list(rowType(names), rows);
    }
}
