/// How an order is judged: the completion time of the target requirements.
extension DeliveryOrder {
    /// The sum over target requirements of the hours studied when the first of their
    /// members in the plan is learned.
    func completionCost(_ order: [Int32]) -> Double {
        var finished = [Double](repeating: .nan, count: hours.count)
        var clock = 0.0
        for skill in order {
            clock += hours[Int(skill)]
            finished[Int(skill)] = clock
        }
        var total = 0.0
        for target in targets {
            var first = Double.infinity
            for member in target.members where !finished[Int(member)].isNaN { first = min(first, finished[Int(member)]) }
            total += first.isFinite ? first : 0
        }
        return total
    }
}
