package fr.deffinum.api.reliability.anyinput;

import fr.deffinum.api.reliability.anyinput.Hostility.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hostile query parameters, path segments and methods on the operation's plausible request. */
final class HostileAddresses {

    private static final List<String> QUERY_VALUES = List.of("", "2023-13-45", "2023-02-30", "2023-01-01T25:61:00Z",
            "+999999999-12-31", "-999999999-01-01T00:00:00Z", "99999999999999999999", "-2147483649", "1e400", "NaN",
            "'%20OR%20'1'%3D'1", "1;DROP%20TABLE%20domainevententry", "%3Cscript%3E", "%00", "%ZZ", "%", "%F0%9F%98%80",
            "%ED%A0%80", "é", "A".repeat(5_000), "a&a=b&a=");
    private static final List<String> SEGMENTS = List.of("..", "%2e%2e", ".", "%00", "%2F", "%5C", "é", "%C3%A9", "%ED%A0%80",
            "x".repeat(300), "x".repeat(5_000), "'%20OR%20'1'%3D'1", "1;DROP%20TABLE%20domainevententry", ";jsessionid=1",
            "%25", "%", "", "%20", "%0D%0AX-Injected:%201");

    private HostileAddresses() {
    }

    static List<Variant> queries(Operation operation) {
        List<String> names = new ArrayList<>(operation.in("query").stream().map(Operation.Parameter::name).toList());
        names.add("hostile");
        List<Variant> variants = new ArrayList<>();
        for (String name : names) {
            for (String value : QUERY_VALUES) {
                variants.add(new Variant("?" + name + "=" + RawHttp.abbreviated(value),
                        request -> request.withTarget(PlausibleRequests.path(operation, Map.of()) + "?" + name + "=" + value)));
            }
        }
        for (String query : List.of("?%ZZ=1", "?&&&=", "?=", "?" + "p=1&".repeat(2_000))) {
            variants.add(new Variant(RawHttp.abbreviated(query), request -> request.withTarget(PlausibleRequests.path(operation, Map.of()) + query)));
        }
        return variants;
    }

    static List<Variant> pathSegments(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        for (String segment : SEGMENTS) {
            for (Operation.Parameter parameter : operation.in("path")) {
                variants.add(new Variant("{" + parameter.name() + "}=" + RawHttp.abbreviated(segment),
                        request -> request.withTarget(PlausibleRequests.path(operation, Map.of(parameter.name(), segment)))));
            }
            variants.add(new Variant("/" + RawHttp.abbreviated(segment) + " appended",
                    request -> request.withTarget(PlausibleRequests.path(operation, Map.of()) + "/" + segment)));
        }
        variants.add(new Variant("double slashes", request -> request.withTarget(request.target().replace("/", "//"))));
        return variants;
    }

    static List<Variant> methods(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "FOO", "get", "M".repeat(300))) {
            if (!method.equals(operation.method())) {
                variants.add(new Variant(RawHttp.abbreviated(method), request -> request.withMethod(method)));
            }
        }
        return variants;
    }
}
