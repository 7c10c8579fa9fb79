import UpskillCurriculum
import UpskillGraph
import UpskillPlanner

extension Roadmap {
    /// The stable machine form of a roadmap (`--format json`), described by
    /// `Sources/UpskillRendering/Schema/roadmap.schema.json`. `totalHours`, `optimal`, `steps[].skill` and
    /// `steps[].hours` are a contract: their names and meaning stay.
    ///
    /// The whole text in one buffer: for tests and small roadmaps. A large one is better
    /// written with ``writeJSON(progress:chunkSize:to:)``.
    /// - Parameter progress: Progress to include (`progress`, each step's `status` and
    ///   `hoursLogged`); `nil` for an untracked plan (`progress` is `null`).
    /// - Returns: The UTF-8 text, ending in a newline.
    package func json(progress: RoadmapProgress? = nil) -> [UInt8] {
        // About 470 bytes a step.
        var writer = JSONWriter(capacity: 1_024 + 512 * plan.steps.count)
        writeJSON(progress: progress, to: &writer)
        return writer.finished()
    }

    /// Writes ``json(progress:)`` to `sink` in chunks of about `chunkSize` bytes as it
    /// goes, so that a 100,000-skill roadmap (16 MB) is never held whole.
    /// - Parameters:
    ///   - progress: As for ``json(progress:)``.
    ///   - chunkSize: The size from which written text is handed to `sink`.
    ///   - sink: Takes each chunk, in order; the bytes are valid only during the call.
    package func writeJSON(
        progress: RoadmapProgress? = nil, chunkSize: Int = 128 * 1_024, to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        JSONWriter.streaming(chunkSize: chunkSize, to: sink) { writer in
            writeJSON(progress: progress, to: &writer)
        }
    }

    /// Writes the document, step by step, straight from the plan: a step's fields are read
    /// in place, its status from one ``StepStatusResolver``, with no view of each step.
    private func writeJSON(progress: RoadmapProgress?, to writer: inout JSONWriter) {
        writer.object { object in
            object.member("from", strings: request.from)
            object.member("to", strings: request.to)
            object.member("goals", strings: request.goals)
            object.member("know", strings: request.know)
            object.member("avoid", strings: request.avoid)
            object.member("order", plan.order.rawValue)
            object.key("assumed")
            object.array { array in
                for assumption in plan.assumed {
                    array.object { object in
                        object.member("role", catalog.roles[Int(assumption.role)].id)
                        object.member("members", strings: assumption.members.map { catalog.id(ofSkill: $0) })
                        object.member("assumed", catalog.id(ofSkill: assumption.assumed))
                    }
                }
            }
            object.member("totalHours", plan.totalHours)
            object.member("optimal", plan.optimal)
            object.member("lowerBound", plan.lowerBound)
            object.member("hoursPerWeek", schedule.hoursPerWeek)
            object.member("weeks", Double(schedule.weekCount))
            object.member("start", date: schedule.start)
            object.member("finish", date: schedule.finish)
            object.member("deadline", date: deadline)
            object.member("meetsDeadline", meetsDeadline)
            object.member("requiredHoursPerWeek", deadlinePace?.requiredHoursPerWeek)
            object.member("meanTargetCompletionWeek", meanTargetCompletionWeek)
            object.key("steps")
            let statuses = StepStatusResolver(self, progress: progress)
            let milestoneIDs = plan.groups.map { group -> String? in
                guard case .milestone(_, let milestone) = group.kind else { return nil }
                return milestone.id
            }
            object.beginArray()
            plan.steps.withUnsafeBufferPointer { steps in
                catalog.skills.withUnsafeBufferPointer { skills in
                    for position in steps.indices {
                        Self.writeStep(
                            steps[position], at: position, skill: skills[Int(steps[position].skill)], catalog: catalog,
                            schedule: schedule, statuses: statuses, milestoneIDs: milestoneIDs, to: &object)
                    }
                }
            }
            object.endArray()
            object.key("milestones")
            object.array { array in
                for span in milestoneSpans {
                    guard case .milestone(let role, let milestone) = plan.groups[span.group].kind else { continue }
                    let weeks = span.steps.compactMap { $0 < schedule.weeks.count ? schedule.weeks[$0] : nil }
                    array.object { object in
                        object.member("role", catalog.roles[Int(role)].id)
                        object.member("id", milestone.id)
                        object.member("title", milestone.title)
                        object.member("outcome", milestone.outcome)
                        object.member("steps", integer: span.steps.count)
                        object.member("hours", plan.steps[span.steps].reduce(0) { $0 + $1.hours })
                        object.member("startWeek", integer: weeks.first?.lowerBound ?? 0)
                        object.member("endWeek", integer: weeks.last?.upperBound ?? 0)
                    }
                }
            }
            object.key("progress")
            if let progress {
                writeProgress(progress, view: RoadmapView(self, progress: progress), to: &object)
            } else {
                object.null()
            }
        }
    }

    /// Writes one step. Everything is read in place (the step and its skill borrowed from
    /// the plan's and the catalog's buffers), and the step's containers are opened and
    /// closed rather than written by closures, whose captures would copy what they read:
    /// a copy of a roadmap or a skill is a dozen reference counts, 34,000 times over at
    /// 100,000 skills.
    private static func writeStep(
        _ step: borrowing PlanStep, at position: Int, skill: borrowing Skill, catalog: borrowing Catalog,
        schedule: borrowing Schedule, statuses: borrowing StepStatusResolver, milestoneIDs: borrowing [String?],
        to writer: inout JSONWriter
    ) {
        let weeks = position < schedule.weeks.count ? schedule.weeks[position] : nil
        writer.beginObject()
        writer.member("skill", skill.id)
        writer.member("name", skill.name)
        writer.member("category", skill.category)
        writer.member("hours", step.hours)
        writer.member("startWeek", integer: weeks?.lowerBound ?? 0)
        writer.member("endWeek", integer: weeks?.upperBound ?? 0)
        writer.member("startDate", date: weeks.map { schedule.firstDay(ofWeek: $0.lowerBound) })
        writer.member("endDate", date: weeks.map { schedule.lastDay(ofWeek: $0.upperBound) })
        writer.member("ready", step.isReady)
        writer.member("status", statuses.status(of: step.skill, isReady: step.isReady).rawValue)
        writer.member("hoursLogged", statuses.hoursLogged(step.skill))
        writer.key("because")
        writer.beginArray()
        for reason in step.because {
            switch reason {
            case .role(let role): writer.string(catalog.roles[Int(role)].id)
            case .goal: writer.string(skill.id)
            case .skill(let other): writer.string(catalog.skills[Int(other)].id)
            }
        }
        writer.endArray()
        let group = step.group ?? -1
        writer.member("milestone", milestoneIDs.indices.contains(group) ? milestoneIDs[group] : nil)
        writer.key("alternatives")
        writer.beginArray()
        for alternative in step.alternatives {
            writer.beginObject()
            writer.member("skill", catalog.id(ofSkill: alternative.skill))
            writer.member("hours", alternative.hours)
            writer.member("extraHours", alternative.extraHours)
            writer.member("extraHoursExact", alternative.extraHoursExact)
            writer.endObject()
        }
        writer.endArray()
        writer.key("resources")
        writer.beginArray()
        for resource in catalog.resourcesBySkill[Int(step.skill)] {
            writer.value(catalog.resources[Int(resource)].json)
        }
        writer.endArray()
        writer.endObject()
    }

    private func writeProgress(_ progress: RoadmapProgress, view: RoadmapView, to writer: inout JSONWriter) {
        let totals = view.totals
        writer.object { object in
            object.member("today", date: progress.today)
            object.member("plannedHours", totals.plannedHours)
            object.member("doneHours", totals.doneHours)
            object.member("remainingHours", totals.remainingHours)
            object.member("percentDone", Double(totals.percentDone))
            object.member("skills", Double(totals.stepCount))
            object.member("doneSkills", Double(totals.doneCount))
            object.member("forecastFinish", date: totals.forecast)
            object.member("onTrack", totals.onTrack)
            if let figures = progress.figures {
                // The saved goal's figures, named and rounded as `status --format json` has them.
                for (key, value) in figures.jsonMembers {
                    switch value {
                    case .number(let number):
                        object.key(named: key)
                        object.number(number)
                    case .string(let text):
                        object.key(named: key)
                        object.string(text)
                    default: continue
                    }
                }
            }
            object.key("earlier")
            object.array { array in
                for step in view.earlier {
                    array.object { object in
                        object.member("skill", step.skill.id)
                        object.member("name", step.skill.name)
                        object.member("category", step.skill.category)
                        object.member("hours", step.hours)
                        object.member("status", step.status.rawValue)
                        object.member("hoursLogged", step.hoursLogged)
                        object.member("date", date: step.finishedOn)
                    }
                }
            }
        }
    }
}
