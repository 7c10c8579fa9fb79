/// The catalog-loading options a command was given, turned into a loader.
extension CatalogLoader {
    /// A loader for `--curriculum`, `--no-builtin` and `--strict`, plus the user's
    /// curricula folder in the upskill home and the environment's plugin modules.
    init(_ arguments: ParsedArguments, environment: Environment, extraPaths: [String] = []) {
        self.init()
        // Everything compiled into upskill goes together: plugins build on the built-in
        // curricula, so without those they could only fail.
        includeBuiltin = !arguments.flag("no-builtin")
        includePlugins = includeBuiltin
        plugins = environment.plugins
        strict = arguments.flag("strict")
        paths = (arguments.values("curriculum") + extraPaths).map(environment.absolute)
        userFolder = environment.upskillHome.map { $0 + "/curricula" }
    }
}
