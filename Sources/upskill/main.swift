import Foundation
import UpskillCLI

// The `upskill` executable: binds the command line to this process. Everything else lives
// in the UpskillCLI library.
exit(UpskillProcess.run())
